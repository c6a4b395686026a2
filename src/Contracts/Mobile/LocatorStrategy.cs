using System.Collections.Frozen;
using System.Text.Json;

namespace Cdp.TicketE2E.Contracts.Mobile;

/// <summary>How a mobile locator finds its element. The contract file spells each by its camelCase name (<c>accessibilityId</c>).</summary>
public enum LocatorStrategy
{
    Css,
    Xpath,
    Id,
    AccessibilityId,
    AndroidResourceId,
    AndroidUiAutomator,
    IosClassChain,
    FlutterKey,
}

/// <summary>The contract file's names of the <see cref="LocatorStrategy"/> values.</summary>
public static class LocatorStrategies
{
    private static readonly FrozenDictionary<string, LocatorStrategy> ByName =
        Enum.GetValues<LocatorStrategy>().ToFrozenDictionary(Name, StringComparer.Ordinal);

    /// <summary>Every name the file accepts, in declaration order, for error messages.</summary>
    public static string AllNames { get; } = string.Join(", ", Enum.GetValues<LocatorStrategy>().Select(Name));

    /// <summary>The name the file uses for <paramref name="strategy"/>.</summary>
    public static string Name(LocatorStrategy strategy) => JsonNamingPolicy.CamelCase.ConvertName(strategy.ToString());

    /// <summary>The strategy the file calls <paramref name="name"/> (case-sensitive, as JSON keys are).</summary>
    public static bool TryParse(string name, out LocatorStrategy strategy) => ByName.TryGetValue(name, out strategy);
}
