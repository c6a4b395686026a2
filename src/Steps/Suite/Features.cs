using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.FeatureFiles;
using Cdp.TicketE2E.Runner.Glue;
using Cdp.TicketE2E.Runner.Plugin;
using Cdp.TicketE2E.Steps.World;
using NUnit.Framework;
using Reqnroll;
using Reqnroll.Plugins;

[assembly: Parallelizable(ParallelScope.Children)]
[assembly: RuntimePlugin(typeof(NUnitRuntimePlugin))]

namespace Cdp.TicketE2E.Steps.Suite;

/// <summary>
/// The NUnit face of the suite: every pickle under features/ is one test case named "Feature: Scenario [path:line]", its
/// tags are categories, and a feature file that does not parse is one failing case naming file:line:column. Each case
/// runs its scenario on the Reqnroll runtime, in parallel workers.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class Features
{
    private readonly HarnessSettings settings = SettingsLoader.Load(AppContext.BaseDirectory);
    private ReqnrollRun? run;

    [OneTimeSetUp]
    public async Task StartRun() => run = await SuiteRun.StartAsync(settings);

    [OneTimeTearDown]
    public async Task FinishRun()
    {
        if (run is not null) await run.DisposeAsync();
    }

    [TestCaseSource(nameof(Scenarios))]
    public async Task Scenario(string key)
    {
        var verdict = await run!.RunAsync(key);
        switch (verdict.Status)
        {
            case ScenarioExecutionStatus.OK:
                if (verdict.Flaky) TestContext.Out.WriteLine(Report(verdict));
                return;
            case ScenarioExecutionStatus.Skipped:
                // The target cannot arrange or observe what the scenario needs: NOT RUN, with the reason, never passed.
                Assert.Ignore(Report(verdict));
                return;
            default:
                Assert.Fail(Report(verdict));
                return;
        }
    }

    // What a QA engineer reads in the test result: which step, what went wrong, where the evidence is (for a flaky pass,
    // the failed attempt's).
    private string Report(ScenarioVerdict verdict)
    {
        var attempts = verdict.Attempts;
        var word = verdict.Flaky ? "PASSED (flaky)" : verdict.Status switch { ScenarioExecutionStatus.OK => "PASSED", ScenarioExecutionStatus.Skipped => "NOT RUN", _ => "FAILED" };
        // The [path:line] key lets ./e2e tell which scenario a flaky pass belongs to while parallel workers interleave their output.
        var lines = new List<string> { $"Scenario \"{verdict.Scenario.Pickle.Name}\" [{verdict.Scenario.Key}] {word}{(attempts.Count > 1 ? $" after {attempts.Count} attempts" : "")}." };
        var index = verdict.Flaky ? attempts.Count - 2 : attempts.Count - 1;
        if (attempts[index].Problem is { } problem) lines.Add("  " + problem);
        if (attempts[index].Message is { } message) lines.AddRange(message.Split('\n').Select(l => "    " + l.TrimEnd('\r')));
        var evidence = ScenarioEvidence.FolderOf(settings.Paths.Reports, verdict.Scenario, index);
        if (Directory.Exists(evidence)) lines.Add($"  Evidence: {evidence}");
        return string.Join(Environment.NewLine, lines);
    }

    [TestCaseSource(nameof(ParseErrors))]
    public void FeatureFileParses(string error) => Assert.Fail($"The feature file does not parse: {error}. Fix the Gherkin at that position.");

    private static FeatureSet Load() => FeatureSet.Load(SettingsLoader.Load(AppContext.BaseDirectory).Paths.Features);

    private static IEnumerable<TestCaseData> Scenarios() => Load().Scenarios.Select(scenario =>
    {
        var data = new TestCaseData(scenario.Key).SetName(scenario.DisplayName);
        foreach (var tag in scenario.Tags) data.SetCategory(tag.TrimStart('@'));
        return data;
    });

    private static IEnumerable<TestCaseData> ParseErrors() => Load().ParseErrors.Select(error =>
        new TestCaseData(error.ToString()).SetName($"{error.Uri} does not parse [{error.Key}]"));
}
