using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Reporting.Reading;

/// <summary>
/// Which step status decides an attempt's status. Cucumber's order, except that a missing result (UNKNOWN)
/// outranks PASSED/SKIPPED/PENDING: a step we cannot see must never let a scenario count as passed.
/// </summary>
internal static class StepStatusRanking
{
    private static readonly TestStepResultStatus[] BestToWorst =
    [
        TestStepResultStatus.PASSED,
        TestStepResultStatus.SKIPPED,
        TestStepResultStatus.PENDING,
        TestStepResultStatus.UNKNOWN,
        TestStepResultStatus.UNDEFINED,
        TestStepResultStatus.AMBIGUOUS,
        TestStepResultStatus.FAILED,
    ];

    /// <summary>The worst status; UNKNOWN for no statuses at all (an attempt with no steps proves nothing).</summary>
    public static TestStepResultStatus Worst(IEnumerable<TestStepResultStatus> statuses)
    {
        var worst = -1;
        foreach (var status in statuses) worst = Math.Max(worst, Array.IndexOf(BestToWorst, status));
        return worst < 0 ? TestStepResultStatus.UNKNOWN : BestToWorst[worst];
    }
}
