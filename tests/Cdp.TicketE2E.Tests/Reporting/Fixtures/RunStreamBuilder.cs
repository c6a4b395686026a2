using System.Text.Json;
using Cucumber.Messages;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Tests.Reporting.Fixtures;

/// <summary>A scenario added to a fixture stream.</summary>
public sealed record PickleRef(string Id, string Uri, int Line, string Name, IReadOnlyList<string> Tags, IReadOnlyList<string> StepIds)
{
    public string Location => $"{Uri}:{Line}";
}

/// <summary>
/// Builds a run's Cucumber Messages stream in memory, shaped like the runner's: meta, testRunStarted, the run
/// attachment, sources/documents/pickles for every feature, step definitions and hooks, one testCase per attempt,
/// testRunFinished. Pickle ids depend only on uri and line, so two builders (two shards) share them.
/// </summary>
public sealed class RunStreamBuilder(
    string? runId = null,
    string commit = RunStreamBuilder.DefaultCommit,
    string target = "embedded",
    string selection = "",
    DateTime? startedAt = null)
{
    public const string DefaultCommit = "3f2a9c1d8e7b6a5f4c3d2e1f0a9b8c7d6e5f4a3b";
    private static readonly string[] StepTexts = ["a permitted user on the customer page", "they create a ticket from the customer", "the ticket is associated to the customer"];
    private static readonly string[] Keywords = ["Given ", "When ", "Then "];

    private readonly List<PickleRef> pickles = [];
    private readonly List<Envelope> executions = [];
    private readonly List<ParseError> parseErrors = [];
    private DateTime clock = startedAt ?? new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
    private readonly DateTime started = startedAt ?? new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
    private int nextId;
    private bool finished = true;
    private bool success = true;

    public string RunId { get; } = runId ?? Guid.NewGuid().ToString();
    public string Commit { get; } = commit;
    public string? MetaCommit { get; init; }
    public bool WithRunAttachment { get; init; } = true;

    /// <summary>Overrides the screenshot URL of failed attempts (e.g. to try a hostile one).</summary>
    public string? ScreenshotUrl { get; init; }

    public PickleRef Scenario(string uri, int line, string name, params string[] tags)
    {
        var id = $"pickle:{uri}:{line}";
        var pickle = new PickleRef(id, uri, line, name, tags, Enumerable.Range(1, 3).Select(n => $"{id}/s{n}").ToList());
        pickles.Add(pickle);
        return pickle;
    }

    /// <summary>Executes a scenario; each plan is one attempt (a retry follows a failure). No plan = one passing attempt.</summary>
    public RunStreamBuilder Run(PickleRef pickle, params AttemptPlan[] attempts)
    {
        if (attempts.Length == 0) attempts = [AttemptPlan.Passed];
        for (var i = 0; i < attempts.Length; i++) AddAttempt(pickle, i, attempts[i], willBeRetried: i < attempts.Length - 1);
        return this;
    }

    public RunStreamBuilder ParseError(string uri, int line, string message)
    {
        parseErrors.Add(new ParseError(new SourceReference(uri, null, null, new Location(line, 3)), message));
        return this;
    }

    /// <summary>Leaves out testRunFinished, as a crashed or still-running run would.</summary>
    public RunStreamBuilder Unfinished()
    {
        finished = false;
        return this;
    }

    /// <summary>Ends the run unsuccessful, as a runner does when something failed outside the recorded steps.</summary>
    public RunStreamBuilder EndedUnsuccessful()
    {
        success = false;
        return this;
    }

    public List<Envelope> Build()
    {
        var stream = new List<Envelope>
        {
            Envelope.Create(new Meta("31.0.0", new Product("cdp-ticket-e2e", "0.1.0"), new Product(".NET", "10.0"), new Product("linux", null),
                new Product("x64", null), new Ci("local", null, null, (MetaCommit ?? Commit) is { } revision ? new Git("", revision, "main", null) : null))),
            Envelope.Create(new TestRunStarted(Converters.ToTimestamp(started), RunId)),
        };
        if (WithRunAttachment)
            stream.Add(Envelope.Create(new Attachment(
                JsonSerializer.Serialize(new { runId = RunId, commit = Commit, target, startedAt = started.ToString("O"), selection }),
                AttachmentContentEncoding.IDENTITY, null, "application/vnd.cdp-e2e.run+json", null, null, null, null, RunId, null, null)));
        foreach (var feature in pickles.GroupBy(p => p.Uri))
        {
            stream.Add(Envelope.Create(new Source(feature.Key, "Feature: fixture", SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN)));
            stream.Add(Envelope.Create(Document(feature.Key, feature.ToList())));
        }
        stream.AddRange(pickles.Select(p => Envelope.Create(ToPickle(p))));
        stream.AddRange(parseErrors.Select(Envelope.Create));
        stream.Add(Envelope.Create(StepDefinitionOf("sd-1", "a permitted user on the customer page")));
        stream.Add(Envelope.Create(StepDefinitionOf("sd-2", "{word} create a ticket from the customer")));
        stream.Add(Envelope.Create(new Hook("hook-1", "StartBrowser", new SourceReference("Hooks.cs", null, null, null), null, HookType.BEFORE_TEST_CASE)));
        stream.AddRange(executions);
        if (finished) stream.Add(Envelope.Create(new TestRunFinished(null, success, Converters.ToTimestamp(clock.AddSeconds(1)), null, RunId)));
        return stream;
    }

    private void AddAttempt(PickleRef pickle, int attempt, AttemptPlan plan, bool willBeRetried)
    {
        var n = ++nextId;
        var (testCaseId, startId) = ($"tc{n}", $"tcs{n}");
        var stepIds = new[] { $"{testCaseId}-hook" }.Concat(pickle.StepIds.Select((_, i) => $"{testCaseId}-{i + 1}")).ToList();
        var testSteps = new List<TestStep> { new("hook-1", stepIds[0], null, null, null) };
        testSteps.AddRange(pickle.StepIds.Select((pickleStepId, i) => new TestStep(null, stepIds[i + 1], pickleStepId,
            i == 1 ? Enumerable.Range(1, plan.Bindings).Select(b => $"sd-{b}").ToList() : ["sd-1"], [])));
        clock = clock.AddSeconds(1);
        executions.Add(Envelope.Create(new TestCase(testCaseId, pickle.Id, testSteps, null)));
        executions.Add(Envelope.Create(new TestCaseStarted(attempt, startId, testCaseId, "worker-0", Converters.ToTimestamp(clock))));
        var statuses = StatusesOf(plan);
        var reported = plan.Finishes ? statuses.Length : 2;
        for (var i = 0; i < reported; i++)
        {
            var message = i == 2 ? plan.Message : null; // index 0 is the hook, 2 the second Gherkin step
            executions.Add(Envelope.Create(new TestStepFinished(startId, stepIds[i], new TestStepResult(
                Converters.ToDuration(TimeSpan.FromMilliseconds(plan.StepMilliseconds)), message, statuses[i], null), Converters.ToTimestamp(clock))));
        }
        if (plan.SecondStep == TestStepResultStatus.FAILED)
        {
            var slug = pickle.Name.Replace(' ', '-').ToLowerInvariant();
            executions.Add(Envelope.Create(new Attachment("", AttachmentContentEncoding.IDENTITY, "screenshot.png", "image/png", null,
                startId, stepIds[2], ScreenshotUrl ?? $"evidence/{slug}/attempt-{attempt + 1}.png", null, null, null)));
            executions.Add(Envelope.Create(new Attachment("POST /v1/leads/42/tickets/T-1001 -> 500", AttachmentContentEncoding.IDENTITY,
                "crm-journal.txt", "text/plain", null, startId, null, null, null, null, null)));
        }
        if (plan.Finishes) executions.Add(Envelope.Create(new TestCaseFinished(startId, Converters.ToTimestamp(clock), willBeRetried)));
    }

    private static TestStepResultStatus[] StatusesOf(AttemptPlan plan)
    {
        if (plan.AllSkipped) return [TestStepResultStatus.SKIPPED, TestStepResultStatus.SKIPPED, TestStepResultStatus.SKIPPED, TestStepResultStatus.SKIPPED];
        var after = plan.SecondStep == TestStepResultStatus.PASSED ? TestStepResultStatus.PASSED : TestStepResultStatus.SKIPPED;
        return [TestStepResultStatus.PASSED, TestStepResultStatus.PASSED, plan.SecondStep, after];
    }

    private static Pickle ToPickle(PickleRef p) => new(
        p.Id, p.Uri, new Location(p.Line, 3), p.Name, "en",
        p.StepIds.Select((id, i) => new PickleStep(null, [$"ast:{p.Uri}:{p.Line}/s{i + 1}"], id, PickleStepType.UNKNOWN, StepTexts[i])).ToList(),
        p.Tags.Select(t => new PickleTag(t, "tag-ast")).ToList(),
        [$"ast:{p.Uri}:{p.Line}"]);

    private static GherkinDocument Document(string uri, IReadOnlyList<PickleRef> scenarios) => new(uri,
        new Feature(new Location(1, 1), [], "en", "Feature", "Fixture feature", "",
            scenarios.Select(p => FeatureChild.Create(new Scenario(new Location(p.Line, 3), [], "Scenario", p.Name, "",
                StepTexts.Select((text, i) => new Step(new Location(p.Line + i + 1, 5), Keywords[i], StepKeywordType.CONTEXT, text, null, null,
                    $"ast:{p.Uri}:{p.Line}/s{i + 1}")).ToList(), [], $"ast:{p.Uri}:{p.Line}"))).ToList()),
        []);

    private static StepDefinition StepDefinitionOf(string id, string pattern) => new(id,
        new StepDefinitionPattern(pattern, StepDefinitionPatternType.CUCUMBER_EXPRESSION), new SourceReference("Steps.cs", null, null, null));
}
