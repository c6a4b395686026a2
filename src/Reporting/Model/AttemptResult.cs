using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Reporting.Model;

/// <summary>One execution (attempt) of a pickle: a <c>testCaseStarted</c> and what followed it.</summary>
/// <param name="Attempt">0-based attempt number; a retry has the previous number plus one.</param>
/// <param name="TestCaseStartedId">The <c>testCaseStarted</c> id.</param>
/// <param name="RunId">The run that executed it: the test case's <c>testRunStartedId</c>, or the stream's run id.</param>
/// <param name="StartedAt">When the attempt started.</param>
/// <param name="Status">The worst step status (FAILED beats AMBIGUOUS beats UNDEFINED beats UNKNOWN beats PENDING beats SKIPPED beats PASSED).</param>
/// <param name="Finished">Whether a <c>testCaseFinished</c> closed it.</param>
/// <param name="WillBeRetried">Whether the runner announced another attempt.</param>
/// <param name="Steps">Hook and Gherkin steps in execution order.</param>
/// <param name="Evidence">Attachments of the attempt.</param>
public sealed record AttemptResult(
    int Attempt,
    string TestCaseStartedId,
    string? RunId,
    DateTimeOffset? StartedAt,
    TestStepResultStatus Status,
    bool Finished,
    bool WillBeRetried,
    IReadOnlyList<StepOutcome> Steps,
    IReadOnlyList<EvidenceLink> Evidence)
{
    /// <summary>Sum of the step durations.</summary>
    public TimeSpan Duration => Steps.Aggregate(TimeSpan.Zero, (sum, step) => sum + step.Duration);

    /// <summary>The first error of the attempt, or why it has no result.</summary>
    public string? Error =>
        Steps.FirstOrDefault(s => s.Error is not null)?.Error
        ?? (Finished ? null : "The attempt never finished: the run was interrupted or crashed.");
}
