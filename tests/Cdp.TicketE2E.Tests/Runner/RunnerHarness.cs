using System.Text.Json;
using Cdp.TicketE2E.Reporting.Reading;
using Cdp.TicketE2E.FeatureFiles;
using Cdp.TicketE2E.Runner.Glue;
using Cdp.TicketE2E.Runner.Plugin;
using Cdp.TicketE2E.RunnerSamples;
using Io.Cucumber.Messages.Types;
using Reqnroll;

namespace Cdp.TicketE2E.Tests.Runner;

/// <summary>What one sample run left behind: the verdicts, the stream Reqnroll wrote, the bindings' journal, the reports folder.</summary>
internal sealed record SampleRunResult(IReadOnlyList<ScenarioVerdict> Verdicts, IReadOnlyList<Envelope> Envelopes, Journal Journal, string ReportsDirectory)
    : IDisposable
{
    public void Dispose()
    {
        if (Directory.Exists(ReportsDirectory)) Directory.Delete(ReportsDirectory, recursive: true);
    }
}

/// <summary>
/// Runs in-memory features on the Reqnroll runtime through the real glue, against the sample bindings, into a fresh
/// reports folder, and reads back the cucumber.ndjson the message formatter wrote when the run ended. Reqnroll keeps one
/// run per binding assembly in a static registry, so sample runs must not overlap: the fixtures using this are
/// [NonParallelizable].
/// </summary>
internal static class RunnerHarness
{
    private static readonly System.Reflection.Assembly Samples = typeof(Journal).Assembly;

    /// <summary>Runs one feature file's scenarios.</summary>
    public static Task<SampleRunResult> RunAsync(string featureText, int retries = 0, TimeSpan? stepTimeout = null) =>
        RunAsync(new Dictionary<string, string> { ["sample.feature"] = featureText }, retries, stepTimeout);

    /// <summary>Runs the scenarios with the given keys (every scenario when <paramref name="only"/> is null); all features are announced.</summary>
    public static async Task<SampleRunResult> RunAsync(
        IDictionary<string, string> features, int retries = 0, TimeSpan? stepTimeout = null, IEnumerable<string>? only = null)
    {
        var set = FeatureSet.FromTexts(features);
        if (set.ParseErrors.Count > 0) throw new ArgumentException("A sample feature does not parse: " + string.Join("; ", set.ParseErrors), nameof(features));
        var reports = Path.Combine(Path.GetTempPath(), "cdp-e2e-runner-tests", Guid.NewGuid().ToString("N")[..12]);
        var options = new RunnerOptions(reports, stepTimeout ?? TimeSpan.FromSeconds(30), retries);
        var verdicts = new List<ScenarioVerdict>();
        Journal journal;
        await using (var run = await StartAsync(set, options))
        {
            journal = FromRunContainer<Journal>();
            foreach (var key in only ?? set.Scenarios.Select(s => s.Key)) verdicts.Add(await run.RunAsync(key));
        }
        return new SampleRunResult(verdicts, StreamFile.Read(Path.Combine(reports, "cucumber.ndjson")), journal, reports);
    }

    private static async Task<ReqnrollRun> StartAsync(FeatureSet set, RunnerOptions options)
    {
        try
        {
            return await ReqnrollRun.StartAsync(Samples, set, options, RunAttachment);
        }
        catch
        {
            // A run that started but failed to announce itself must still end, or the next test would get this one's runner manager.
            await TestRunnerManager.OnTestRunEndAsync(Samples);
            throw;
        }
    }

    // The journal lives in the run's container (registered by SampleRun's [BeforeTestRun] hook); any test runner reaches it through its parent.
    private static T FromRunContainer<T>() where T : class
    {
        var runner = TestRunnerManager.GetTestRunnerForAssembly(Samples);
        try
        {
            return runner.TestThreadContext.TestThreadContainer.Resolve<T>();
        }
        finally
        {
            TestRunnerManager.ReleaseTestRunner(runner);
        }
    }

    private static Attachment RunAttachment(string runId) => new(JsonSerializer.Serialize(new { runId }), AttachmentContentEncoding.IDENTITY, "run.json",
        "application/json", null!, null!, null!, null!, runId, null!, null!);
}

/// <summary>What a verdict says of its last attempt, for assertions: where it went wrong and why.</summary>
internal static class VerdictText
{
    public static string Text(this ScenarioVerdict verdict) =>
        string.Join(Environment.NewLine, new[] { verdict.Status.ToString(), verdict.Attempts[^1].Problem, verdict.Attempts[^1].Message }.OfType<string>());
}
