using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.EndToEnd;

/// <summary>
/// A failure after the last step (here: the evidence cannot be written, because a file stands where its folder must go)
/// fails the scenario in the message stream, junit.xml and the gate exactly as the test host sees it: no false pass.
/// </summary>
[NonParallelizable]
public sealed class TeardownFailureTests
{
    [Test]
    public async Task A_scenario_whose_evidence_cannot_be_kept_fails_in_every_report_as_in_the_test_host()
    {
        var reports = CommandLine.NewReportsFolder();
        File.WriteAllText(Path.Combine(reports, "evidence"), "a file where the evidence folder must go");

        var (exitCode, output) = await CommandLine.RunAsync(new Dictionary<string, string> { ["E2E__Evidence__Trace"] = "Always" },
            "./e2e", "run", "--verbose", "--tag", "web", "--name", "The ticket form is sandboxed", "--reports", reports);

        exitCode.Should().NotBe(0, output);
        output.Should().Contain("FAILED at: After hook ScenarioEndHooks.KeepBrowserEvidence").And.MatchRegex(@"failed:\s+1\b", "--verbose shows the test host's own summary");
        output.Should().Contain("Lane-A gate FAILED").And.Contain("1 failed");
        File.ReadAllText(Path.Combine(reports, "junit.xml")).Should().Contain("<failure");
        File.ReadAllText(Path.Combine(reports, "coverage.json")).Should().Contain("\"NOK\"");
    }
}
