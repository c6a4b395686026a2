using System.Collections.Frozen;
using System.Text.Json;
using Cdp.TicketE2E.Contracts;
using Cdp.TicketE2E.Contracts.Mobile;
using Cdp.TicketE2E.Configuration;
using OpenQA.Selenium;

namespace Cdp.TicketE2E.Steps.Drivers.Mobile.Locators;

/// <summary>
/// One platform's way of finding every <see cref="MobileElement"/>: that platform's column of contracts/mobile-target.json
/// (<c>referenceWeb</c>, <c>android</c>, <c>ios</c>). Building a map checks the file against the enum both ways, so an
/// element cannot be forgotten on one platform nor linger in the file after the screens stop using it.
/// </summary>
public sealed class LocatorMap
{
    /// <summary>Where the build copies the contract: contracts/ next to the suite's assembly.</summary>
    public static string ShippedPath { get; } = Path.Combine(AppContext.BaseDirectory, "contracts", MobileTargetContract.FileName);

    // Each platform's map is read on first use and never changes after; a broken file fails every use with the same message.
    private static readonly FrozenDictionary<MobilePlatform, Lazy<LocatorMap>> Shipped =
        Enum.GetValues<MobilePlatform>().ToFrozenDictionary(p => p, p => new Lazy<LocatorMap>(() => FromFile(ShippedPath, p)));

    private static readonly FrozenDictionary<string, MobileElement> ElementsByName =
        Enum.GetValues<MobileElement>().ToFrozenDictionary(ContractName, StringComparer.Ordinal);

    private static readonly string Columns = string.Join(", ", Enum.GetValues<MobilePlatform>().Select(ColumnName));

    private readonly FrozenDictionary<MobileElement, By> locators;

    private LocatorMap(MobilePlatform platform, FrozenDictionary<MobileElement, By> locators)
    {
        Platform = platform;
        this.locators = locators;
    }

    /// <summary>The platform this map is for.</summary>
    public MobilePlatform Platform { get; }

    /// <summary>How to find the element on this platform.</summary>
    public By this[MobileElement element] => locators[element];

    /// <summary>The map of a platform, from the contract the build copied next to the suite.</summary>
    public static LocatorMap For(MobilePlatform platform) =>
        Shipped.TryGetValue(platform, out var map) ? map.Value : throw new ArgumentOutOfRangeException(nameof(platform), platform, "Unknown mobile platform.");

    /// <summary>A platform's map from a contract file.</summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="TargetContractException">The file is malformed or does not match <see cref="MobileElement"/>.</exception>
    public static LocatorMap FromFile(string path, MobilePlatform platform) => File.Exists(path)
        ? FromJson(File.ReadAllText(path), platform, path)
        : throw new FileNotFoundException(
            $"The mobile target contract is missing: {path}. The build copies contracts/mobile-target.json next to the suite " +
            "(src/Steps/Cdp.TicketE2E.Steps.csproj); rebuild the harness (./e2e does), or restore contracts/mobile-target.json.", path);

    /// <summary>A platform's map from contract text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="TargetContractException">The text is malformed or does not match <see cref="MobileElement"/>.</exception>
    public static LocatorMap FromJson(string json, MobilePlatform platform, string source)
    {
        var contract = MobileTargetContract.Parse(json, source);
        var column = ColumnName(platform);
        var problems = UnknownNames(contract).ToList();
        var entries = contract.Elements.ToDictionary(e => e.Name, StringComparer.Ordinal);
        var found = new Dictionary<MobileElement, By>();
        foreach (var (name, element) in ElementsByName.OrderBy(e => e.Value))
        {
            if (!entries.TryGetValue(name, out var entry))
                problems.Add($"MobileElement.{element} has no entry: add \"{name}\" to \"elements\", with \"purpose\" and a locator for each of {Columns}");
            else if (!entry.Locators.TryGetValue(column, out var locator))
                problems.Add($"'{name}' has no {column} locator, which MobilePlatform.{platform} needs: add \"{column}\": {{ \"strategy\": \"value\" }} to it");
            else
                found[element] = locator.ToBy();
        }
        if (problems.Count > 0) throw new TargetContractException(source, problems);
        return new LocatorMap(platform, found.ToFrozenDictionary());
    }

    /// <summary>The contract's column for a platform: its enum name in camelCase.</summary>
    internal static string ColumnName(MobilePlatform platform) => JsonNamingPolicy.CamelCase.ConvertName(platform.ToString());

    /// <summary>The contract's name of an element: its enum name in camelCase.</summary>
    internal static string ContractName(MobileElement element) => JsonNamingPolicy.CamelCase.ConvertName(element.ToString());

    private static IEnumerable<string> UnknownNames(MobileTargetContract contract)
    {
        var columns = Enum.GetValues<MobilePlatform>().Select(ColumnName).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in contract.Elements)
        {
            if (!ElementsByName.ContainsKey(entry.Name))
                yield return $"'{entry.Name}' is not a MobileElement: remove it from the file, or add it to MobileElement.cs for a screen object to use";
            foreach (var unknown in entry.Locators.Keys.Where(c => !columns.Contains(c)))
                yield return $"'{entry.Name}'.{unknown} is not a platform column: the columns are {Columns} (MobilePlatform)";
        }
    }
}
