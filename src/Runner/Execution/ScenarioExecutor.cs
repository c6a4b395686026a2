using System.Diagnostics;
using Cdp.TicketE2E.Runner.Bindings;
using Cdp.TicketE2E.Runner.Features;
using Cdp.TicketE2E.Runner.Messages;
using Io.Cucumber.Messages.Types;
using MessageException = Io.Cucumber.Messages.Types.Exception;

namespace Cdp.TicketE2E.Runner.Execution;

/// <summary>Runs one attempt at one scenario: hooks, steps, evidence, and the Cucumber Messages that record it.</summary>
internal sealed class ScenarioExecutor(BindingRegistry bindings, ObjectScope runScope, TestRunOptions options, string testRunStartedId)
{
    public async Task<AttemptResult> RunAttemptAsync(ScenarioCase scenario, int attempt, bool retryOnFailure)
    {
        var plan = TestCasePlan.Create(scenario, bindings);
        var sink = options.Sink;
        var testCaseStartedId = Guid.NewGuid().ToString();
        string? currentStepId = null;
        sink.Publish(Envelope.Create(new TestCase(plan.TestCaseId, scenario.Pickle.Id, plan.ToMessages(), testRunStartedId)));
        sink.Publish(Envelope.Create(new TestCaseStarted(attempt, testCaseStartedId, plan.TestCaseId, WorkerId(), Clock.Now())));

        var evidence = new EvidenceWriter(options.ReportsDirectory, scenario, attempt, sink, () => (testCaseStartedId, currentStepId));
        var context = new ScenarioContext(scenario, attempt, evidence);
        var outcomes = new List<StepOutcome>();
        var scope = new ObjectScope(runScope);
        scope.Register(typeof(ScenarioContext), context);
        var stepsBlocked = false;
        foreach (var step in plan.Steps)
        {
            currentStepId = step.Id;
            sink.Publish(Envelope.Create(new TestStepStarted(testCaseStartedId, step.Id, Clock.Now())));
            var result = stepsBlocked && step.PickleStep is not null
                ? Skipped(step)
                : await RunStepAsync(step, scope, context);
            stepsBlocked |= result.Status != TestStepResultStatus.PASSED;
            outcomes.Add(result);
            sink.Publish(Envelope.Create(new TestStepFinished(testCaseStartedId, step.Id, ToMessage(result), Clock.Now())));
        }
        currentStepId = null;

        var status = Worst(outcomes.Select(o => o.Status));
        sink.Publish(Envelope.Create(new TestCaseFinished(testCaseStartedId, Clock.Now(), retryOnFailure && status == TestStepResultStatus.FAILED)));
        return new AttemptResult(attempt, status, outcomes, evidence.Directory);
    }

    private async Task<StepOutcome> RunStepAsync(PlannedStep step, ObjectScope scope, ScenarioContext context)
    {
        if (step.Match is { Kind: StepMatchKind.Undefined })
            return new StepOutcome(step.Text, TestStepResultStatus.UNDEFINED, TimeSpan.Zero,
                "No binding matches this step. Paste this into a [Binding] class:\n" + step.Snippet);
        if (step.Match is { Kind: StepMatchKind.Ambiguous } ambiguous)
            return new StepOutcome(step.Text, TestStepResultStatus.AMBIGUOUS, TimeSpan.Zero, ambiguous.DescribeAmbiguity(step.PickleStep!.Text));

        var clock = Stopwatch.StartNew();
        System.Exception? error = null;
        try
        {
            if (step.Hook == ScenarioTeardown.Hook)
            {
                await scope.DisposeAsync();
            }
            else if (step.Hook is not null)
            {
                await BindingInvoker.InvokeAsync(step.Hook.Method, scope, null, options.StepTimeout);
            }
            else
            {
                foreach (var hook in bindings.HooksFor(HookKind.BeforeStep, context.Tags))
                    await BindingInvoker.InvokeAsync(hook.Method, scope, null, options.StepTimeout);
                var arguments = ArgumentConverter.Convert(step.Match!.Definition, step.Match.Arguments, step.PickleStep!.Argument);
                await BindingInvoker.InvokeAsync(step.Match.Definition.Method, scope, arguments, options.StepTimeout);
            }
        }
        catch (System.Exception e)
        {
            error = e;
        }
        context.Error ??= error is PendingStepException or PreconditionUnavailableException ? null : error;
        if (step.PickleStep is not null)
            error ??= await RunAfterStepHooksAsync(scope, context);
        return Finished(step, clock.Elapsed, error);
    }

    private async Task<System.Exception?> RunAfterStepHooksAsync(ObjectScope scope, ScenarioContext context)
    {
        System.Exception? first = null;
        foreach (var hook in bindings.HooksFor(HookKind.AfterStep, context.Tags))
        {
            try { await BindingInvoker.InvokeAsync(hook.Method, scope, null, options.StepTimeout); }
            catch (System.Exception e) { first ??= e; context.Error ??= e; }
        }
        return first;
    }

    private static StepOutcome Finished(PlannedStep step, TimeSpan duration, System.Exception? error) => error switch
    {
        null => new StepOutcome(step.Text, TestStepResultStatus.PASSED, duration, null),
        PendingStepException pending => new StepOutcome(step.Text, TestStepResultStatus.PENDING, duration, pending.Message),
        PreconditionUnavailableException unavailable => new StepOutcome(step.Text, TestStepResultStatus.SKIPPED, duration, unavailable.Message),
        _ => new StepOutcome(step.Text, TestStepResultStatus.FAILED, duration, Describe(error)),
    };

    private static StepOutcome Skipped(PlannedStep step) =>
        step.Match is { Kind: StepMatchKind.Undefined }
            ? new StepOutcome(step.Text, TestStepResultStatus.UNDEFINED, TimeSpan.Zero, "No binding matches this step. Paste this into a [Binding] class:\n" + step.Snippet)
            : new StepOutcome(step.Text, TestStepResultStatus.SKIPPED, TimeSpan.Zero, null);

    private static string Describe(System.Exception error) =>
        error is BindingException or TimeoutException ? error.Message : $"{error.Message}\n{error.GetType().FullName}\n{error.StackTrace}";

    private static TestStepResult ToMessage(StepOutcome outcome)
    {
        var exception = outcome.Status == TestStepResultStatus.FAILED && outcome.Message is not null
            ? new MessageException("Failure", outcome.Message.Split('\n')[0], outcome.Message)
            : null;
        return new TestStepResult(Clock.ToDuration(outcome.Duration), outcome.Message!, outcome.Status, exception!);
    }

    /// <summary>The status that decides the scenario: the worst of its steps.</summary>
    internal static TestStepResultStatus Worst(IEnumerable<TestStepResultStatus> statuses) =>
        statuses.DefaultIfEmpty(TestStepResultStatus.PASSED).MaxBy(Severity);

    private static int Severity(TestStepResultStatus status) => status switch
    {
        TestStepResultStatus.FAILED => 6,
        TestStepResultStatus.AMBIGUOUS => 5,
        TestStepResultStatus.UNDEFINED => 4,
        TestStepResultStatus.PENDING => 3,
        TestStepResultStatus.UNKNOWN => 2,
        TestStepResultStatus.SKIPPED => 1,
        _ => 0,
    };

    private static string WorkerId() => Thread.CurrentThread.Name ?? $"thread-{Environment.CurrentManagedThreadId}";
}
