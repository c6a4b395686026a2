using System.Text.Json;

namespace Cdp.TicketE2E.Contracts.Mobile;

/// <summary>
/// Reads contracts/mobile-target.json, collecting every problem before failing so one run shows all fixes.
/// Keys starting with '$' are comments at any level.
/// </summary>
internal static class MobileTargetReader
{
    // A repeated key would silently win over the first one; refuse it instead.
    private static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false };

    private const string LocatorShape = "a locator is one { \"strategy\": \"value\" } pair, e.g. { \"accessibilityId\": \"ticket-add\" }";

    public static MobileTargetContract Read(string json, string source)
    {
        using var document = Parse(json, source);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new TargetContractException(source, ["the top level must be an object with \"platform\", \"session\" and \"elements\""]);
        var problems = new List<string>();
        if (Text(root, "platform") != "mobile")
            problems.Add("\"platform\" must be \"mobile\" (the web target is contracts/web-target.json)");
        var session = ReadSession(root, problems);
        var elements = ReadElements(root, problems);
        if (problems.Count > 0) throw new TargetContractException(source, problems);
        return new MobileTargetContract(Text(root, "$comment") ?? "", session, elements);
    }

    private static JsonDocument Parse(string json, string source)
    {
        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            throw new TargetContractException(source, [$"it is not valid JSON ({e.Message}): fix that in the file"]);
        }
    }

    private static StoredSession? ReadSession(JsonElement root, List<string> problems)
    {
        if (!root.TryGetProperty("session", out var session)) return null;
        var (storage, key, purpose) = (Text(session, "storage"), Text(session, "key"), Text(session, "purpose"));
        if (storage is null || key is null || purpose is null)
        {
            problems.Add("\"session\" needs the strings \"storage\", \"key\" and \"purpose\"");
            return null;
        }
        return new StoredSession(storage, key, purpose);
    }

    private static List<MobileContractElement> ReadElements(JsonElement root, List<string> problems)
    {
        if (!root.TryGetProperty("elements", out var elements) || elements.ValueKind != JsonValueKind.Object)
        {
            problems.Add("there is no \"elements\" object: add one, with an entry per MobileElement");
            return [];
        }
        return [.. elements.EnumerateObject().Where(IsNotComment).Select(e => ReadElement(e, problems)).OfType<MobileContractElement>()];
    }

    private static MobileContractElement? ReadElement(JsonProperty element, List<string> problems)
    {
        var name = element.Name;
        if (element.Value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"element '{name}' must be an object with \"purpose\" and a locator per platform column");
            return null;
        }
        var purpose = Text(element.Value, "purpose");
        if (string.IsNullOrWhiteSpace(purpose))
            problems.Add($"element '{name}' has no \"purpose\": say what it is and when it must be present");
        var locators = new OrderedDictionary<string, ContractLocator>(StringComparer.Ordinal);
        foreach (var column in element.Value.EnumerateObject().Where(c => IsNotComment(c) && c.Name != "purpose"))
            if (ReadLocator($"'{name}'.{column.Name}", column.Value, problems) is { } locator)
                locators.Add(column.Name, locator);
        return new MobileContractElement(name, purpose ?? "", locators);
    }

    private static ContractLocator? ReadLocator(string where, JsonElement value, List<string> problems)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{where} is not a locator: {LocatorShape}");
            return null;
        }
        var pairs = value.EnumerateObject().Where(IsNotComment).ToList();
        if (pairs.Count != 1)
        {
            problems.Add(pairs.Count == 0
                ? $"{where} names no strategy: {LocatorShape}; strategies: {LocatorStrategies.AllNames}"
                : $"{where} has {pairs.Count} strategies ({string.Join(", ", pairs.Select(p => p.Name))}): {LocatorShape}; keep one");
            return null;
        }
        var (strategyName, criteria) = (pairs[0].Name, pairs[0].Value);
        if (!LocatorStrategies.TryParse(strategyName, out var strategy))
        {
            problems.Add($"{where} uses the unknown strategy '{strategyName}': use one of {LocatorStrategies.AllNames}");
            return null;
        }
        if (criteria.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(criteria.GetString()))
        {
            problems.Add($"{where}: the {strategyName} value must be a non-empty string");
            return null;
        }
        return new ContractLocator(strategy, criteria.GetString()!);
    }

    private static bool IsNotComment(JsonProperty property) => !property.Name.StartsWith('$');

    private static string? Text(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
