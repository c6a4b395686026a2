using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Cdp.TicketE2E.Specs.Catalog;

/// <summary>
/// Loads <c>features/requirements.yaml</c> with a real YAML parser and validates it. Every
/// problem is collected before failing, so one run shows the whole list, each naming the file,
/// line, requirement (number and id) and the fix.
/// </summary>
public static class CatalogLoader
{
    /// <summary>The only catalog schema version this loader understands.</summary>
    public const int SupportedVersion = 1;

    private const string TopLevel = "top level";
    private static readonly string[] TopLevelKeys = ["version", "requirements"];

    /// <summary>Reads and validates the catalog file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="CatalogLoadException">The file is not a valid catalog; it lists every problem.</exception>
    public static RequirementsCatalog Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"The requirements catalog '{path}' does not exist. Fix: create it (schema in features/README.md) or point the harness at the features folder that holds it.", path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Validates catalog text; <paramref name="path"/> only names the file in problems.</summary>
    /// <exception cref="CatalogLoadException">The text is not a valid catalog; it lists every problem.</exception>
    public static RequirementsCatalog Parse(string yaml, string path)
    {
        var problems = new CatalogProblems(path);
        var reader = new RequirementReader(problems);
        var read = ReadRequirementNodes(yaml, problems).Select((node, index) => reader.Read(node, index + 1)).ToList();
        var requirements = read.Where(r => r.Requirement is not null).ToList();
        ReportDuplicates(requirements, problems);
        if (problems.Count > 0) throw new CatalogLoadException(path, problems.All);
        return new RequirementsCatalog(
            requirements.Select(r => r.Requirement!).ToList(), path, requirements.Select(r => r.Line).ToList());
    }

    private static IReadOnlyList<YamlNode> ReadRequirementNodes(string yaml, CatalogProblems problems)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            problems.Add(e.Start.Line, TopLevel, $"not valid YAML ({e.Message})", "correct the YAML syntax at that line");
            return [];
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18 throws this, not a YamlException, when input ends inside an open [ or {.
            problems.Add(parser.Current?.Start.Line ?? 1, TopLevel, "not valid YAML (the text ends inside an unclosed '[' or '{')",
                "close the list or mapping that starts at or before that line");
            return [];
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(1, TopLevel, "the file does not hold a mapping", $"start it with 'version: {SupportedVersion}' followed by a 'requirements:' list");
            return [];
        }
        foreach (var key in root.Children.Keys.Where(k => !TopLevelKeys.Contains(k.ToString())))
            problems.Add(key.Start.Line, TopLevel, $"unknown key '{key}'", $"remove it; the top level holds only {string.Join(" and ", TopLevelKeys)}");
        CheckVersion(root, problems);
        return RequirementList(root, problems);
    }

    private static void CheckVersion(YamlMappingNode root, CatalogProblems problems)
    {
        root.Children.TryGetValue(new YamlScalarNode("version"), out var version);
        if (version is YamlScalarNode { Value: var text } && text == SupportedVersion.ToString()) return;
        problems.Add(version?.Start.Line ?? root.Start.Line, TopLevel, $"'version' is {(version is null ? "missing" : $"'{version}'")}",
            $"write 'version: {SupportedVersion}' (the only schema version this harness reads)");
    }

    private static IReadOnlyList<YamlNode> RequirementList(YamlMappingNode root, CatalogProblems problems)
    {
        root.Children.TryGetValue(new YamlScalarNode("requirements"), out var node);
        if (node is YamlSequenceNode { Children.Count: > 0 } list) return list.Children.ToList();
        problems.Add(node?.Start.Line ?? root.Start.Line, TopLevel, "'requirements' is missing or not a non-empty list",
            "add 'requirements:' followed by one '- id: …' entry per requirement");
        return [];
    }

    private static void ReportDuplicates(IEnumerable<RequirementReader.Result> read, CatalogProblems problems)
    {
        foreach (var group in read.GroupBy(r => r.Requirement!.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var repeat in group.Skip(1))
                problems.Add(repeat.Line, $"requirement #{repeat.Number} ({group.Key})",
                    $"duplicate id, already used by requirement #{first.Number} at line {first.Line}",
                    "give one of them a new id (and retag its scenarios), or merge the two statements");
        }
    }
}
