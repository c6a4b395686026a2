using Cdp.TicketE2E.Tests.EndToEnd;
using YamlDotNet.RepresentationModel;

namespace Cdp.TicketE2E.Tests.Workflow;

/// <summary>.github/workflows/nightly.yml read as YAML (YamlDotNet's node model, so keys such as <c>on</c> stay text).</summary>
internal sealed class NightlyWorkflow
{
    public static string Path { get; } = System.IO.Path.Combine(CommandLine.Root, ".github", "workflows", "nightly.yml");

    private NightlyWorkflow(YamlMappingNode root) => Root = root;

    public YamlMappingNode Root { get; }

    public YamlMappingNode Jobs => Map(Root, "jobs");

    public static NightlyWorkflow Load()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path)) stream.Load(reader);
        return new NightlyWorkflow((YamlMappingNode)stream.Documents[0].RootNode);
    }

    public YamlMappingNode Job(string name) => Map(Jobs, name);

    /// <summary>The jobs a job waits for (<c>needs</c>, one name or a list).</summary>
    public IReadOnlyList<string> Needs(string job) => Job(job).Children.TryGetValue("needs", out var needs)
        ? needs is YamlSequenceNode list ? list.Select(Text).ToList() : [Text(needs)]
        : [];

    /// <summary>The job's steps as key → value text (e.g. uses, run, with.dotnet-version).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Steps(string job) =>
        ((YamlSequenceNode)Job(job)["steps"]).Cast<YamlMappingNode>().Select(Flatten).ToList();

    public static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    public static string Text(YamlNode node) => ((YamlScalarNode)node).Value ?? "";

    private static IReadOnlyDictionary<string, string> Flatten(YamlMappingNode step)
    {
        var flat = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in step.Children)
        {
            if (value is YamlMappingNode inner)
                foreach (var (innerKey, innerValue) in inner.Children) flat[$"{Text(key)}.{Text(innerKey)}"] = Text(innerValue);
            else flat[Text(key)] = Text(value);
        }
        return flat;
    }
}
