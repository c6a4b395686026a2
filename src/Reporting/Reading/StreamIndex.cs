using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Reporting.Reading;

/// <summary>The envelopes of a stream sorted into look-ups, in one pass. Later duplicates of an id are ignored.</summary>
internal sealed class StreamIndex
{
    public Meta? Meta { get; private set; }
    public List<TestRunStarted> RunsStarted { get; } = [];
    public List<TestRunFinished> RunsFinished { get; } = [];
    public List<Attachment> RunAttachments { get; } = [];
    public List<GherkinDocument> Documents { get; } = [];
    public List<Pickle> Pickles { get; } = [];
    public List<ParseError> ParseErrors { get; } = [];
    public Dictionary<string, Hook> Hooks { get; } = [];
    public Dictionary<string, StepDefinition> StepDefinitions { get; } = [];
    public Dictionary<string, TestCase> TestCases { get; } = [];
    public List<TestCaseStarted> Starts { get; } = [];
    public Dictionary<string, List<TestStepFinished>> StepResults { get; } = [];
    public Dictionary<string, List<Attachment>> Attachments { get; } = [];
    public Dictionary<string, List<ExternalAttachment>> ExternalAttachments { get; } = [];
    public Dictionary<string, TestCaseFinished> Finishes { get; } = [];

    private readonly HashSet<string> pickleIds = [];

    public static StreamIndex Build(IEnumerable<Envelope> envelopes)
    {
        var index = new StreamIndex();
        foreach (var envelope in envelopes) index.Add(envelope);
        return index;
    }

    private void Add(Envelope e)
    {
        if (e.Meta is { } meta) Meta ??= meta;
        else if (e.TestRunStarted is { } started) RunsStarted.Add(started);
        else if (e.TestRunFinished is { } finished) RunsFinished.Add(finished);
        else if (e.GherkinDocument is { } document) Documents.Add(document);
        else if (e.Pickle is { } pickle) { if (pickleIds.Add(pickle.Id)) Pickles.Add(pickle); }
        else if (e.ParseError is { } parseError) ParseErrors.Add(parseError);
        else if (e.Hook is { } hook) Hooks.TryAdd(hook.Id, hook);
        else if (e.StepDefinition is { } definition) StepDefinitions.TryAdd(definition.Id, definition);
        else if (e.TestCase is { } testCase) TestCases.TryAdd(testCase.Id, testCase);
        else if (e.TestCaseStarted is { } start) Starts.Add(start);
        else if (e.TestStepFinished is { } step) Append(StepResults, step.TestCaseStartedId, step);
        else if (e.TestCaseFinished is { } finish) Finishes.TryAdd(finish.TestCaseStartedId, finish);
        else if (e.Attachment is { } attachment) AddAttachment(attachment);
        else if (e.ExternalAttachment is { TestCaseStartedId: { } startId } external) Append(ExternalAttachments, startId, external);
    }

    private void AddAttachment(Attachment attachment)
    {
        if (attachment.TestCaseStartedId is { } startId) Append(Attachments, startId, attachment);
        else if (attachment.TestRunStartedId is not null) RunAttachments.Add(attachment);
    }

    private static void Append<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}
