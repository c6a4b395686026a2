using System.Collections.Specialized;
using Cdp.TicketE2E.Runner.Plugin;
using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters.PubSub;
using Exception = System.Exception;

namespace Cdp.TicketE2E.Runner.Glue;

/// <summary>
/// One test run on the Reqnroll runtime, driven the way Reqnroll's generated NUnit code would drive it: the run starts
/// once, every feature is announced (selected or not, so reports can tell NOT RUN from UNCOVERED), and each scenario runs
/// its pickle's steps on a pooled test runner, retrying failures as configured. Safe to call from parallel workers.
/// </summary>
public sealed class ReqnrollRun(Assembly bindings, FeatureSet features, RunnerOptions options) : IAsyncDisposable
{
    private readonly Dictionary<string, FeatureMessages> byUri = features.Documents.Where(d => d.Feature is not null)
        .ToDictionary(d => d.Uri, d => new FeatureMessages(features, d));

    /// <summary>Starts the run ([BeforeTestRun]), then publishes the run attachment, the files that did not parse, and every feature.</summary>
    public static async Task<ReqnrollRun> StartAsync(Assembly bindings, FeatureSet features, RunnerOptions options, Func<string, Attachment> describeRun)
    {
        var run = new ReqnrollRun(bindings, features, options);
        await TestRunnerManager.OnTestRunStartAsync(bindings, new RunnerContainerBuilder(options));
        return await run.WithRunnerAsync(null, async runner =>
        {
            var container = runner.TestThreadContext.TestThreadContainer;
            var broker = container.Resolve<ICucumberMessageBroker>();
            if (broker.IsEnabled && container.Resolve<ICucumberMessageFactory>() is ReportMessages { TestRunStartedId: { } runId })
                await broker.PublishAsync(Envelope.Create(describeRun(runId)));
            foreach (var error in features.ParseErrors)
                await broker.PublishAsync(Envelope.Create(new ParseError(new SourceReference(error.Uri, null!, null!, new Location(error.Line, error.Column)), error.Message)));
            foreach (var feature in run.byUri.Values)
            {
                await runner.OnFeatureStartAsync(feature.Info);
                await runner.OnFeatureEndAsync();
            }
            return run;
        });
    }

    /// <summary>Runs the scenario with this key (<c>uri:line</c>), retrying a failure as configured.</summary>
    public async Task<ScenarioVerdict> RunAsync(string scenarioKey)
    {
        var scenario = features.Find(scenarioKey)
            ?? throw new ArgumentException($"No scenario at {scenarioKey}. The feature files changed since the tests were listed: rebuild and list again.", nameof(scenarioKey));
        var attempts = new List<AttemptOutcome>();
        do attempts.Add(await RunAttemptAsync(scenario, byUri[scenario.Uri], attempts.Count));
        while (attempts[^1].Failed && attempts.Count <= options.Retries);
        return new ScenarioVerdict(scenario, attempts);
    }

    /// <summary>Ends the run: [AfterFeature] and [AfterTestRun] hooks, then the formatters write testRunFinished and close.</summary>
    public async ValueTask DisposeAsync() => await TestRunnerManager.OnTestRunEndAsync(bindings);

    private Task<AttemptOutcome> RunAttemptAsync(ScenarioCase scenario, FeatureMessages feature, int attempt) => WithRunnerAsync(feature.Info, async runner =>
    {
        if (!ReferenceEquals(runner.FeatureContext?.FeatureInfo, feature.Info))
        {
            if (runner.FeatureContext is not null) await runner.OnFeatureEndAsync();
            await runner.OnFeatureStartAsync(feature.Info);
        }
        var problem = runner.TestThreadContext.TestThreadContainer.Resolve<FirstProblem>();
        problem.Reset();
        var tags = scenario.Tags.Select(t => t.TrimStart('@')).Except(feature.Info.Tags).ToArray();
        runner.OnScenarioInitialize(new ScenarioInfo(scenario.Pickle.Name, "", tags, new OrderedDictionary(), feature.Info.Tags, feature.PickleIndexOf(scenario)), null!);
        runner.ScenarioContext.ScenarioContainer.RegisterInstanceAs(new ScenarioAttempt(scenario, attempt));
        var (status, error) = await RunScenarioAsync(runner, scenario);
        return new AttemptOutcome(status, problem.Found.Where, problem.Found.Why ?? (status == ScenarioExecutionStatus.OK ? null : error?.Message));
    });

    // A test runner from Reqnroll's pool (the one that last ran this feature, if free), always given back.
    private async Task<T> WithRunnerAsync<T>(FeatureInfo? featureHint, Func<ITestRunner, Task<T>> use)
    {
        var runner = TestRunnerManager.GetTestRunnerForAssembly(bindings, featureHint: featureHint);
        try { return await use(runner); }
        finally { TestRunnerManager.ReleaseTestRunner(runner); }
    }

    private static async Task<(ScenarioExecutionStatus, Exception?)> RunScenarioAsync(ITestRunner runner, ScenarioCase scenario)
    {
        Exception? error = null;
        var status = ScenarioExecutionStatus.TestError;
        try
        {
            await runner.OnScenarioStartAsync();
            foreach (var step in scenario.Pickle.Steps) await StepAsync(runner, step);
            status = runner.ScenarioContext.ScenarioExecutionStatus;
            // Reqnroll reports the scenario's outcome by throwing (NUnit's assertion exceptions included); the status says which.
            try { await runner.CollectScenarioErrorsAsync(); }
            catch (Exception e) { error = e; }
        }
        finally
        {
            try { await runner.OnScenarioEndAsync(); }
            catch (Exception e) { (error, status) = (error ?? e, ScenarioExecutionStatus.TestError); }
        }
        return (status, error);
    }

    private static Task StepAsync(ITestRunner runner, PickleStep step)
    {
        var docString = step.Argument?.DocString?.Content;
        var rows = step.Argument?.DataTable?.Rows.Select(row => row.Cells.Select(c => c.Value).ToArray()).ToList();
        var table = rows is [var header, ..] ? new Table(header) : null;
        foreach (var row in rows?.Skip(1) ?? []) table!.AddRow(row);
        return step.Type switch
        {
            PickleStepType.ACTION => runner.WhenAsync(step.Text, docString, table, "When "),
            PickleStepType.OUTCOME => runner.ThenAsync(step.Text, docString, table, "Then "),
            _ => runner.GivenAsync(step.Text, docString, table, "Given "),
        };
    }
}
