using YamlDotNet.RepresentationModel;

namespace Cdp.TicketE2E.Specs.Catalog;

/// <summary>Reads one entry of the catalog's requirements list, reporting every problem it finds.</summary>
internal sealed class RequirementReader(CatalogProblems problems)
{
    private static readonly string[] Keys = ["id", "statement", "source", "platforms", "origin", "derivedFrom", "dependsOn"];

    /// <summary>A read entry: the requirement (null when unusable), its 1-based number and its line.</summary>
    public sealed record Result(Requirement? Requirement, int Number, int Line);

    public Result Read(YamlNode node, int number)
    {
        var line = (int)node.Start.Line;
        if (node is not YamlMappingNode entry)
        {
            problems.Add(line, $"requirement #{number}", "it is not a mapping", "write it as '- id: …' followed by its statement, source, platforms and origin");
            return new Result(null, number, line);
        }
        var before = problems.Count;
        var id = Text(entry, "id", $"requirement #{number}");
        var entryOf = new Entry(entry, $"requirement #{number} ({(string.IsNullOrEmpty(id) ? "no id" : id)})", line);
        CheckKeys(entryOf);
        if (string.IsNullOrWhiteSpace(id)) Missing(entryOf, "id", $"add 'id:' in the form {RequirementIds.IdRule}");
        else if (!RequirementIds.IsRequirementId(id)) Report(entryOf, $"id '{id}' is malformed", $"use {RequirementIds.IdRule}");
        var statement = Required(entryOf, "statement", "add 'statement:' with one line, in our own words, that a scenario can prove");
        if (statement.Contains('\n')) Report(entryOf, "'statement' spans several lines", "keep one testable statement on one line; split a compound one into two requirements");
        var source = Required(entryOf, "source", "add 'source:' saying where it comes from (document plus section or story id), e.g. \"web PRD §2 (TCKT-S02)\"");
        var platforms = Platforms(entryOf);
        var origin = Origin(entryOf);
        var derivedFrom = Text(entry, "derivedFrom", entryOf.Subject);
        if (origin == RequirementOrigin.Derived && string.IsNullOrWhiteSpace(derivedFrom))
            Report(entryOf, "origin is 'derived' but 'derivedFrom' is missing", "add 'derivedFrom:' saying which stated fact(s) it was derived from");
        if (origin == RequirementOrigin.Stated && !string.IsNullOrWhiteSpace(derivedFrom))
            Report(entryOf, "origin is 'stated' but 'derivedFrom' is set", "set 'origin: derived', or remove 'derivedFrom'");
        var dependsOn = List(entryOf, "dependsOn", "dependsOn: [OQ-6]", required: false) ?? [];
        foreach (var question in dependsOn.Where(q => !RequirementIds.IsQuestionId(q)))
            Report(entryOf, $"'dependsOn' names '{question}', which is not an open-question id", $"use {RequirementIds.QuestionRule}");
        if (problems.Count > before) return new Result(null, number, line);
        return new Result(new Requirement(id!, statement, source, platforms, origin!.Value, derivedFrom, dependsOn), number, line);
    }

    private sealed record Entry(YamlMappingNode Node, string Subject, int Line);

    private void CheckKeys(Entry entry)
    {
        foreach (var key in entry.Node.Children.Keys.Where(k => !Keys.Contains(k.ToString())))
        {
            var near = Keys.FirstOrDefault(k => Normalise(k) == Normalise(key.ToString()));
            problems.Add(key.Start.Line, entry.Subject, $"unknown key '{key}'",
                near is null ? $"remove it; allowed keys are {string.Join(", ", Keys)}" : $"rename it to '{near}' (keys are camelCase)");
        }
    }

    private static string Normalise(string key) => key.Replace("_", "").Replace("-", "").ToLowerInvariant();

    private IReadOnlyList<Platform> Platforms(Entry entry)
    {
        var names = List(entry, "platforms", "platforms: [web, mobile]", required: true);
        if (names is null) return [];
        if (names.Count == 0) Missing(entry, "platforms", "list at least one platform: [web], [mobile] or [web, mobile]");
        var platforms = new List<Platform>();
        foreach (var name in names)
        {
            if (name is "web" or "mobile") platforms.Add(name == "web" ? Platform.Web : Platform.Mobile);
            else Report(entry, $"unknown platform '{name}'", "use web or mobile" + (name == "both" ? "; for both, list both: [web, mobile]" : ""));
        }
        if (platforms.Distinct().Count() < platforms.Count) Report(entry, "a platform is listed twice", "list each platform once");
        return platforms;
    }

    private RequirementOrigin? Origin(Entry entry)
    {
        var origin = Required(entry, "origin", "add 'origin: stated' or 'origin: derived'");
        if (origin == "stated") return RequirementOrigin.Stated;
        if (origin == "derived") return RequirementOrigin.Derived;
        if (origin.Length > 0) Report(entry, $"unknown origin '{origin}'", "use 'stated' (a source says it) or 'derived' (we concluded it; then add 'derivedFrom')");
        return null;
    }

    private string Required(Entry entry, string key, string fix)
    {
        var value = Text(entry.Node, key, entry.Subject);
        if (!string.IsNullOrWhiteSpace(value)) return value;
        Missing(entry, key, fix);
        return "";
    }

    private void Missing(Entry entry, string key, string fix) => Report(entry, $"'{key}' is missing or empty", fix);

    private void Report(Entry entry, string problem, string fix) => problems.Add(entry.Line, entry.Subject, problem, fix);

    private string? Text(YamlMappingNode entry, string key, string subject)
    {
        if (!entry.Children.TryGetValue(new YamlScalarNode(key), out var node)) return null;
        if (node is YamlScalarNode scalar) return scalar.Value?.Trim();
        problems.Add(node.Start.Line, subject, $"'{key}' must be plain text, not a list or mapping", $"write it on one line after '{key}:'");
        return null;
    }

    private List<string>? List(Entry entry, string key, string example, bool required)
    {
        if (!entry.Node.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            if (required) Missing(entry, key, $"add it as a list, e.g. '{example}'");
            return null;
        }
        if (node is YamlSequenceNode list && list.Children.All(c => c is YamlScalarNode))
            return list.Children.Select(c => ((YamlScalarNode)c).Value?.Trim() ?? "").ToList();
        problems.Add(node.Start.Line, entry.Subject, $"'{key}' must be a list of plain values", $"write it like '{example}'");
        return null;
    }
}
