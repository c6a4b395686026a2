using Cdp.TicketE2E.Runner.Bindings;
using Cdp.TicketE2E.Runner.Features;
using Cdp.TicketE2E.Runner.Messages;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Runner.Execution;

/// <summary>
/// One run of scenarios: announces the features and bindings, runs the test-run hooks, runs
/// scenarios (in parallel, from any thread) with retries, and closes the message stream.
/// </summary>
public sealed class TestRun : IAsyncDisposable
{
    private readonly BindingRegistry bindings;
    private readonly TestRunOptions options;
    private readonly ObjectScope runScope = new(parent: null);
    private readonly ScenarioExecutor executor;
    private readonly string testRunStartedId;
    private System.Exception? startFailure;
    private int failedScenarios;

    private TestRun(FeatureSet features, BindingRegistry bindings, TestRunOptions options)
    {
        Features = features;
        this.bindings = bindings;
        this.options = options;
        testRunStartedId = options.RunId;
        foreach (var (type, instance) in options.Services) runScope.Register(type, instance);
        executor = new ScenarioExecutor(bindings, runScope, options, testRunStartedId);
    }

    /// <summary>The features this run can execute.</summary>
    public FeatureSet Features { get; }

    /// <summary>Publishes the run's preamble and runs the [BeforeTestRun] hooks. A hook failure fails every scenario, not the loader.</summary>
    public static async Task<TestRun> StartAsync(FeatureSet features, BindingRegistry bindings, TestRunOptions options)
    {
        var run = new TestRun(features, bindings, options);
        RunPreamble.Publish(options, features, bindings);
        try
        {
            foreach (var hook in bindings.HooksFor(HookKind.BeforeTestRun, []))
                await BindingInvoker.InvokeAsync(hook.Method, run.runScope, null, options.StepTimeout);
        }
        catch (System.Exception e)
        {
            run.startFailure = e;
        }
        return run;
    }

    /// <summary>Runs the scenario with this key (<c>uri:line</c>), retrying failures as configured.</summary>
    public async Task<ScenarioResult> RunAsync(string scenarioKey)
    {
        var scenario = Features.Find(scenarioKey)
            ?? throw new ArgumentException($"No scenario at {scenarioKey}. The feature files changed since the tests were listed: rebuild and list again.", nameof(scenarioKey));
        if (startFailure is not null)
            throw new InvalidOperationException($"The test run could not start, so no scenario ran: {startFailure.Message}", startFailure);
        var attempts = new List<AttemptResult>();
        for (var attempt = 0; attempt <= options.Retries; attempt++)
        {
            var result = await executor.RunAttemptAsync(scenario, attempt, retryOnFailure: attempt < options.Retries);
            attempts.Add(result);
            if (result.Status != TestStepResultStatus.FAILED) break;
        }
        var scenarioResult = new ScenarioResult(scenario.Pickle.Name, attempts);
        if (scenarioResult.Status != TestStepResultStatus.PASSED) Interlocked.Increment(ref failedScenarios);
        return scenarioResult;
    }

    /// <summary>Runs the [AfterTestRun] hooks, disposes run-scoped objects and closes the stream.</summary>
    public async ValueTask DisposeAsync()
    {
        System.Exception? failure = startFailure;
        foreach (var hook in bindings.HooksFor(HookKind.AfterTestRun, []))
        {
            try { await BindingInvoker.InvokeAsync(hook.Method, runScope, null, options.StepTimeout); }
            catch (System.Exception e) { failure ??= e; }
        }
        try { await runScope.DisposeAsync(); }
        catch (System.Exception e) { failure ??= e; }
        var success = failure is null && failedScenarios == 0 && Features.ParseErrors.Count == 0;
        var exception = failure is null ? null : new Io.Cucumber.Messages.Types.Exception(failure.GetType().FullName!, failure.Message, failure.StackTrace!);
        options.Sink.Publish(Envelope.Create(new TestRunFinished(failure?.Message!, success, Clock.Now(), exception!, testRunStartedId)));
    }
}
