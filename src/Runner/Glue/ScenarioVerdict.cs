namespace Cdp.TicketE2E.Runner.Glue;

/// <summary>The scenario being run and which try this is (0 first, 1 the first retry); in every scenario's container.</summary>
public sealed record ScenarioAttempt(ScenarioCase Scenario, int Attempt);

/// <summary>One attempt: how it ended, the first step or hook that did not pass ("FAILED at: …"), and why.</summary>
public sealed record AttemptOutcome(ScenarioExecutionStatus Status, string? Problem, string? Message)
{
    /// <summary>Failed, undefined, pending or ambiguous: everything but passed and NOT RUN (skipped) is a failure.</summary>
    public bool Failed => Status is not (ScenarioExecutionStatus.OK or ScenarioExecutionStatus.Skipped);
}

/// <summary>A scenario's verdict across its attempts (retries).</summary>
public sealed record ScenarioVerdict(ScenarioCase Scenario, IReadOnlyList<AttemptOutcome> Attempts)
{
    /// <summary>How the last attempt ended.</summary>
    public ScenarioExecutionStatus Status => Attempts[^1].Status;

    /// <summary>True when an attempt failed and a later one passed.</summary>
    public bool Flaky => Status == ScenarioExecutionStatus.OK && Attempts.Count > 1;
}
