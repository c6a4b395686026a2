using Cdp.TicketE2E.Reporting.Model;
using Cdp.TicketE2E.Reporting.Reading;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.EndToEnd;

/// <summary>./e2e run --last-failed after a real failing run: it lists and reruns exactly what failed, then has nothing left.</summary>
[NonParallelizable]
public sealed class LastFailedRunTests
{
    private const string HappyPath = "web/create-ticket.feature:7";

    // Only the seeded defect may fail a scenario here, not a page slowed by a busy machine.
    private static IReadOnlyDictionary<string, string> Patient => new Dictionary<string, string> { ["E2E__Run__ExpectTimeoutSeconds"] = "15" };

    [Test]
    public async Task Last_failed_reruns_exactly_the_failed_scenario_and_then_says_there_is_nothing_to_rerun()
    {
        var reports = CommandLine.NewReportsFolder();
        // Two web scenarios of TCKT-S01; the seeded defect breaks only the happy path's list refresh.
        var (firstExit, firstOutput) = await CommandLine.RunAsync(Patient, "./e2e", "run", "--req", "TCKT-S01", "--tag", "web", "--seed-defect", "NoListRefresh", "--reports", reports);
        firstExit.Should().NotBe(0, firstOutput);
        Executed(reports).Should().HaveCount(2).And.Contain(s => s.Status == ScenarioStatus.Passed).And.Contain(s => s.Status == ScenarioStatus.Failed);

        var (listExit, listOutput) = await CommandLine.RunAsync(Patient, "./e2e", "run", "--last-failed", "--list", "--reports", reports);
        listExit.Should().Be(0, listOutput);
        listOutput.Should().Contain($"[{HappyPath}]").And.Contain("1 scenario(s). Rerunning the 1 scenario(s) that failed or were flaky in run ");

        var (rerunExit, rerunOutput) = await CommandLine.RunAsync(Patient, "./e2e", "run", "--last-failed", "--reports", reports);
        rerunExit.Should().Be(0, rerunOutput);
        rerunOutput.Should().Contain("Rerunning the 1 scenario(s) that failed or were flaky in run ");
        Executed(reports).Should().ContainSingle().Which.Should().Match<ScenarioResult>(s => s.Pickle.Location == HappyPath && s.Status == ScenarioStatus.Passed);

        var (againExit, againOutput) = await CommandLine.RunAsync(Patient, "./e2e", "run", "--last-failed", "--reports", reports);
        againExit.Should().Be(2, againOutput);
        againOutput.Should().Contain("--last-failed: nothing to rerun: no scenario failed or was flaky in the previous run");
    }

    private static List<ScenarioResult> Executed(string reports) =>
        RunModelReader.Read(StreamFile.Read(Path.Combine(reports, "cucumber.ndjson"))).Scenarios.Where(s => s.Executed).ToList();
}
