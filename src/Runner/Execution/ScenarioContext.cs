using Cdp.TicketE2E.Runner.Features;

namespace Cdp.TicketE2E.Runner.Execution;

/// <summary>
/// What a binding may know about the scenario it serves, and the way it leaves evidence.
/// Injected by constructor like any other per-scenario object.
/// </summary>
public sealed class ScenarioContext
{
    private readonly EvidenceWriter evidence;

    internal ScenarioContext(ScenarioCase scenario, int attempt, EvidenceWriter evidence)
    {
        Scenario = scenario;
        Attempt = attempt;
        this.evidence = evidence;
    }

    /// <summary>The scenario being run.</summary>
    public ScenarioCase Scenario { get; }

    /// <summary>0 for the first try, 1 for the first retry, and so on.</summary>
    public int Attempt { get; }

    /// <summary>The scenario's tags, with their @.</summary>
    public IReadOnlyList<string> Tags => Scenario.Tags;

    /// <summary>True when the scenario carries this tag (with or without @).</summary>
    public bool HasTag(string tag) => Tags.Contains(tag.StartsWith('@') ? tag : "@" + tag);

    /// <summary>The first failure of the scenario so far, or null. After-scenario hooks use it to decide on evidence.</summary>
    public Exception? Error { get; internal set; }

    /// <summary>True once a step or hook has failed.</summary>
    public bool Failed => Error is not null;

    /// <summary>Stores a file as evidence (under reports/evidence/, named after feature and scenario) and links it from the report.</summary>
    public string AttachFile(string fileName, string mediaType, byte[] content) => evidence.WriteFile(fileName, mediaType, content);

    /// <summary>Stores a text as evidence (a file, linked from the report).</summary>
    public string AttachText(string fileName, string text, string mediaType = "text/plain") =>
        evidence.WriteFile(fileName, mediaType, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>The folder this scenario's evidence goes to; for tools that write files themselves (traces).</summary>
    public string EvidenceDirectory => evidence.Directory;

    /// <summary>Links a file a tool already wrote into <see cref="EvidenceDirectory"/>.</summary>
    public void LinkFile(string path, string mediaType) => evidence.Link(path, mediaType);
}
