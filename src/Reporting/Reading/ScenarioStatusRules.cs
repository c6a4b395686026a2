using Cdp.TicketE2E.Reporting.Model;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Reporting.Reading;

/// <summary>The final status of a pickle from its counting attempt chain.</summary>
internal static class ScenarioStatusRules
{
    /// <summary>
    /// NOT RUN without attempts; otherwise the last attempt's status, except that a last PASSED after any earlier
    /// attempt that did not pass is FLAKY.
    /// </summary>
    public static ScenarioStatus Of(IReadOnlyList<AttemptResult> chain)
    {
        if (chain.Count == 0) return ScenarioStatus.NotRun;
        var last = chain[^1].Status;
        if (last == TestStepResultStatus.PASSED)
            return chain.Take(chain.Count - 1).Any(a => a.Status != TestStepResultStatus.PASSED) ? ScenarioStatus.Flaky : ScenarioStatus.Passed;
        return last switch
        {
            TestStepResultStatus.FAILED => ScenarioStatus.Failed,
            TestStepResultStatus.UNDEFINED => ScenarioStatus.Undefined,
            TestStepResultStatus.AMBIGUOUS => ScenarioStatus.Ambiguous,
            TestStepResultStatus.PENDING => ScenarioStatus.Pending,
            TestStepResultStatus.SKIPPED => ScenarioStatus.Skipped,
            _ => ScenarioStatus.Unknown,
        };
    }
}
