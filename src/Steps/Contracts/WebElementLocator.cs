using System.Text.Json;
using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Contracts;

/// <summary>How the contract finds one web element: by test id, or by ARIA role and accessible name.</summary>
public sealed record WebElementLocator(string Name, string? TestId, AriaRole? Role, string? AccessibleName)
{
    public ILocator In(IPage page) =>
        TestId is { } id ? page.GetByTestId(id) : page.GetByRole(Role!.Value, new() { Name = AccessibleName, Exact = true });

    public ILocator In(ILocator scope) =>
        TestId is { } id ? scope.GetByTestId(id) : scope.GetByRole(Role!.Value, new() { Name = AccessibleName, Exact = true });

    public ILocator In(IFrameLocator frame) =>
        TestId is { } id ? frame.GetByTestId(id) : frame.GetByRole(Role!.Value, new() { Name = AccessibleName, Exact = true });

    /// <summary>How the contract document shows it.</summary>
    public override string ToString() => TestId is { } id ? $"test id `{id}`" : $"role `{Role}` named \"{AccessibleName}\"";

    internal static WebElementLocator Read(string name, JsonElement entry, string where)
    {
        var testId = Text(entry, "testId");
        var role = Text(entry, "role");
        var accessibleName = Text(entry, "name");
        if (testId is not null == role is not null)
            throw ContractFile.Invalid(where, $"element {name}: give either \"testId\", or \"role\" and \"name\".");
        if (testId is not null) return new WebElementLocator(name, testId, null, null);
        if (!Enum.TryParse<AriaRole>(role, ignoreCase: true, out var parsed))
            throw ContractFile.Invalid(where, $"element {name}: role \"{role}\" is not an ARIA role Playwright knows (e.g. button, menuitem, dialog).");
        return accessibleName is null
            ? throw ContractFile.Invalid(where, $"element {name}: a role needs its accessible \"name\" too.")
            : new WebElementLocator(name, null, parsed, accessibleName);
    }

    private static string? Text(JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
