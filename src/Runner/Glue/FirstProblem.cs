using Reqnroll.Events;

namespace Cdp.TicketE2E.Runner.Glue;

/// <summary>The first step or hook of a test thread's current scenario that did not pass (not merely skipped): where and why.</summary>
internal sealed class FirstProblem(ITestUndefinedMessageFactory undefinedSteps)
{
    /// <summary>E.g. <c>FAILED at: the user opens the customer page</c>, and that step's or hook's error.</summary>
    public (string? Where, string? Why) Found { get; private set; }

    public void Watch(ITestThreadExecutionEventPublisher events)
    {
        events.AddHandler<StepFinishedEvent>(e =>
        {
            if (e.StepContext is ScenarioStepContext step) Note(step.Status, step.StepError, step.StepInfo.Text, SnippetFor(e, step));
        });
        events.AddHandler<HookBindingFinishedEvent>(e =>
        {
            var kind = e.HookBinding.HookType.ToString().StartsWith("Before", StringComparison.Ordinal) ? "Before" : "After";
            if (e.HookException is not null) Note(e.HookStatus, e.HookException, $"{kind} hook {e.HookBinding.Method.Type.Name}.{e.HookBinding.Method.Name}");
        });
    }

    public void Reset() => Found = default;

    private void Note(ScenarioExecutionStatus status, Exception? error, string what, string? snippet = null)
    {
        if (Found.Where is not null || status == ScenarioExecutionStatus.OK || (status == ScenarioExecutionStatus.Skipped && error is null)) return;
        var word = status switch { ScenarioExecutionStatus.Skipped => "SKIPPED", ScenarioExecutionStatus.UndefinedStep => "UNDEFINED",
            ScenarioExecutionStatus.StepDefinitionPending => "PENDING", _ => "FAILED" };
        Found = ($"{word} at: {what}", snippet is null ? error?.Message : $"{error?.Message} Use the following code to create one:{Environment.NewLine}{snippet}");
    }

    // With the Error outcome for undefined steps, Reqnroll's exception only says that nothing matched; the step definition
    // to paste (what Reqnroll would otherwise put in the pending message) is what tells the author what to write.
    private string? SnippetFor(StepFinishedEvent e, ScenarioStepContext step) =>
        step.Status == ScenarioExecutionStatus.UndefinedStep && e.FeatureContext is FeatureContext feature
            ? undefinedSteps.BuildStepMessageFromContext(step.StepInfo.StepInstance, feature)
            : null;
}
