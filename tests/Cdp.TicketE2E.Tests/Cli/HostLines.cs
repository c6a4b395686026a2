namespace Cdp.TicketE2E.Tests.Cli;

/// <summary>Test-host output as the suite's host (Microsoft.Testing.Platform, detailed output) and the suite print it (captured from real runs), to feed the progress views.</summary>
internal static class HostLines
{
    public const string Selected = "   NUnit3TestExecutor discovered 4 of 4 NUnit test cases using Current Discovery mode, Non-Explicit run";
    public const string StepTrace = "-> done: CustomerSteps.ACustomerWithNoTickets(\"Ana Wijaya\") (3.1s)";

    // A first attempt that failed and will be retried leaves only trace lines: no result line, so nothing to count.
    public const string RetriedAttemptError = "-> error: The customer's ticket list did not show \"Refund not received\" (5.0s)";

    public const string PassedWeb = "passed Embed: A passes [web/a.feature:3] (11s 042ms)";
    public const string FlakyNote = "Scenario \"B is flaky\" [mobile/b.feature:5] PASSED (flaky) after 2 attempts.";
    public const string PassedAfterRetry = "passed Contact: B is flaky [mobile/b.feature:5] (1m 03s 000ms)";
    public const string FailedWeb = "failed Embed: C fails [web/c.feature:7] (231ms)";
    public const string ErrorMessage = "   Scenario \"C fails\" [web/c.feature:7] FAILED.";
    public const string NotRun = "skipped Embed: D cannot be arranged [web/d.feature:9] (1ms)";

    /// <summary>One run of four scenarios (one each: passed, flaky, failed, NOT RUN), at 10, 20, 30 and 40 seconds.</summary>
    public static IEnumerable<(string Line, int Second)> FourScenarios() =>
    [
        (Selected, 1), (StepTrace, 2), (PassedWeb, 10),
        (RetriedAttemptError, 12), (FlakyNote, 20), (PassedAfterRetry, 20),
        (FailedWeb, 30), ("  Error Message:", 30), (ErrorMessage, 30),
        (NotRun, 40),
    ];
}
