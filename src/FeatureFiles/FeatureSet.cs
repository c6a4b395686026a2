using Gherkin;
using Gherkin.CucumberMessages;
using Gherkin.CucumberMessages.Pickles;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.FeatureFiles;

/// <summary>
/// Every *.feature file under a folder, compiled to pickles with the official Gherkin parser.
/// A file that does not parse becomes a <see cref="FeatureParseError"/>; the others still load.
/// Files are read in ordinal path order and ids are incrementing, so the same tree always yields
/// the same pickle ids: shards of one commit agree on them.
/// </summary>
public sealed class FeatureSet
{
    private FeatureSet(string root) => Root = root;

    /// <summary>The features folder.</summary>
    public string Root { get; }

    /// <summary>Every file's text, parsed or not, in load order.</summary>
    public List<Source> Sources { get; } = [];

    /// <summary>Each parsed file's Gherkin document, in load order.</summary>
    public List<GherkinDocument> Documents { get; } = [];

    /// <summary>Every scenario, one per pickle.</summary>
    public List<ScenarioCase> Scenarios { get; } = [];

    /// <summary>Files that did not parse.</summary>
    public List<FeatureParseError> ParseErrors { get; } = [];

    /// <summary>Loads every feature file under <paramref name="root"/>.</summary>
    public static FeatureSet Load(string root)
    {
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"The features folder '{root}' does not exist. Set E2E__Paths__Features to the folder holding the *.feature files.");
        var set = new FeatureSet(root);
        var ids = new IncrementingIdGenerator();
        var files = Directory.EnumerateFiles(root, "*.feature", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        foreach (var uri in files)
            set.Add(uri, File.ReadAllText(Path.Combine(root, uri)), ids);
        return set;
    }

    /// <summary>Loads feature texts given in memory (uri → text); for the harness's own tests.</summary>
    public static FeatureSet FromTexts(IEnumerable<KeyValuePair<string, string>> features)
    {
        var set = new FeatureSet("(memory)");
        var ids = new IncrementingIdGenerator();
        foreach (var (uri, text) in features.OrderBy(f => f.Key, StringComparer.Ordinal))
            set.Add(uri, text, ids);
        return set;
    }

    /// <summary>The scenario with this key (<c>uri:line</c>), or null.</summary>
    public ScenarioCase? Find(string key) => Scenarios.FirstOrDefault(s => s.Key == key);

    private void Add(string uri, string text, IIdGenerator ids)
    {
        Sources.Add(new Source(uri, text, SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN));
        Gherkin.Ast.GherkinDocument ast;
        try
        {
            ast = new Parser().Parse(new StringReader(text));
        }
        catch (CompositeParserException e)
        {
            ParseErrors.AddRange(e.Errors.Select(error => ToParseError(uri, error)));
            return;
        }
        catch (ParserException e)
        {
            ParseErrors.Add(ToParseError(uri, e));
            return;
        }
        var document = new AstMessagesConverter(ids).ConvertGherkinDocumentToEventArgs(ast, uri);
        Documents.Add(document);
        var featureName = document.Feature?.Name ?? Path.GetFileNameWithoutExtension(uri);
        foreach (var pickle in new PickleCompiler(ids).Compile(document))
            Scenarios.Add(new ScenarioCase(OutlineRowNames.Distinct(pickle, document), featureName));
    }

    private static FeatureParseError ToParseError(string uri, ParserException error)
    {
        // The parser prefixes its message with "(line:column): "; the location is reported separately.
        var message = System.Text.RegularExpressions.Regex.Replace(error.Message, @"^\(\d+:\d+\):\s*", "");
        return new FeatureParseError(uri, error.Location?.Line ?? 1, error.Location?.Column ?? 1, message);
    }
}
