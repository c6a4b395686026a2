using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Tests.Reporting.Fixtures;

/// <summary>How one attempt of a scenario goes in a fixture stream: the status of its second step decides it.</summary>
public sealed record AttemptPlan(
    TestStepResultStatus SecondStep,
    string? Message = null,
    int Bindings = 1,
    bool Finishes = true,
    bool AllSkipped = false,
    int StepMilliseconds = 120)
{
    public const string FailureMessage = "Expected the associated tickets to contain T-1001, but found none.";

    public static AttemptPlan Passed { get; } = new(TestStepResultStatus.PASSED);
    public static AttemptPlan Failed { get; } = new(TestStepResultStatus.FAILED, FailureMessage);
    public static AttemptPlan Undefined { get; } = new(TestStepResultStatus.UNDEFINED, Bindings: 0);
    public static AttemptPlan Ambiguous { get; } = new(TestStepResultStatus.AMBIGUOUS, "Ambiguous step", Bindings: 2);
    public static AttemptPlan Pending { get; } = new(TestStepResultStatus.PENDING, "TODO: automate this step");
    public static AttemptPlan Skipped { get; } = new(TestStepResultStatus.SKIPPED, AllSkipped: true);
    public static AttemptPlan Unfinished { get; } = new(TestStepResultStatus.PASSED, Finishes: false);

    public static AttemptPlan FailedWith(string message) => new(TestStepResultStatus.FAILED, message);

    /// <summary>A passing attempt whose every step takes this long.</summary>
    public static AttemptPlan PassedIn(int stepMilliseconds) => new(TestStepResultStatus.PASSED, StepMilliseconds: stepMilliseconds);
}
