using System.Text.Json.Nodes;
using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Drivers.Mobile.Locators;

namespace Cdp.TicketE2E.Tests.Contracts;

/// <summary>Small mobile contracts for the loader's tests: a valid one to break on purpose, written to a temp folder.</summary>
internal sealed class MobileContractFiles : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cdp-e2e-contracts-" + Guid.NewGuid().ToString("N")[..12]);

    public MobileContractFiles() => Directory.CreateDirectory(folder);

    /// <summary>The real contract in the checkout (not the build's copy), so a test reads what is committed.</summary>
    public static string RealContract => Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "contracts", "mobile-target.json");

    /// <summary>Every element of the enum with a locator in every column.</summary>
    public static JsonObject Valid()
    {
        var elements = new JsonObject();
        foreach (var element in Enum.GetValues<MobileElement>())
        {
            var name = LocatorMap.ContractName(element);
            elements[name] = new JsonObject
            {
                ["purpose"] = $"{element}, for a test.",
                ["referenceWeb"] = Locator("css", $"[data-testid='{name}']"),
                ["android"] = Locator("androidResourceId", name),
                ["ios"] = Locator("accessibilityId", name),
            };
        }
        return new JsonObject
        {
            ["$comment"] = "A test contract.",
            ["platform"] = "mobile",
            ["session"] = new JsonObject { ["storage"] = "localStorage", ["key"] = "crm.session", ["purpose"] = "The token." },
            ["elements"] = elements,
        };
    }

    public static JsonObject Locator(string strategy, string value) => new() { [strategy] = value };

    public static JsonObject Element(JsonObject contract, MobileElement element) =>
        contract["elements"]![LocatorMap.ContractName(element)]!.AsObject();

    public string Write(JsonNode contract) => Write(contract.ToJsonString());

    public string Write(string text)
    {
        var path = Path.Combine(folder, $"mobile-target-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        return path;
    }

    public string Missing => Path.Combine(folder, "contracts", "mobile-target.json");

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
