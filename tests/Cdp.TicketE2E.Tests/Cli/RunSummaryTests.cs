using Cdp.TicketE2E.Cli.Output;
using Cdp.TicketE2E.Reporting.Model;
using Cdp.TicketE2E.Reporting.Reading;
using Cdp.TicketE2E.Tests.Reporting.Fixtures;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Cli;

/// <summary>The summary after a run, from a known message stream: counts by platform, the slowest five, the failures.</summary>
public sealed class RunSummaryTests
{
    [Test]
    public void The_table_counts_each_platform_and_lists_the_five_slowest_scenarios()
    {
        var output = new StringWriter();

        SummaryTable.Write(RunSummary.Of(KnownRun(), Selected), ConsoleStyle.Plain.On(output), ascii: true);

        var lines = output.ToString().Split(Environment.NewLine).Select(l => l.Trim()).ToList();
        lines.Should().ContainInOrder(
            "| platform | passed | failed | flaky | not run | total |",
            "| web      |      2 |      1 |     1 |       1 |     5 |",
            "| mobile   |      2 |      0 |     0 |       1 |     3 |",
            "| all      |      4 |      1 |     1 |       2 |     8 |");
        var slowest = lines.SkipWhile(l => !l.Contains("time | platform | scenario", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.StartsWith('|')).ToList();
        slowest.Should().HaveCount(RunSummary.SlowestShown);
        slowest.Should().SatisfyRespectively(
            row => row.Should().MatchRegex(@"^\|\s+3\.2 s \| mobile\s+\| slow contact \[features/mobile/m\.feature:3\]"),
            row => row.Should().MatchRegex(@"^\|\s+2\.0 s \| web\s+\| slow page "),
            row => row.Should().MatchRegex(@"^\| 1\.3 s \(2 attempts\) \| web\s+\| flaky page ", "a retried scenario costs all its attempts"),
            row => row.Should().MatchRegex(@"^\|\s+480 ms \| web\s+\| page the target cannot arrange "),
            row => row.Should().MatchRegex(@"^\|\s+480 ms \| web\s+\| broken page "));
    }

    [Test]
    public void The_failures_name_the_step_the_message_without_its_stack_and_the_evidence_folder()
    {
        var output = new StringWriter();

        FailureList.Write(KnownRun(), "/tmp/reports", output);

        output.ToString().Should().Contain("Failed scenarios (1):")
            .And.Contain("  FAILED  web  broken page [features/web/w.feature:9]")
            .And.Contain("    FAILED at: they create a ticket from the customer")
            .And.Contain("      Expected the ticket list to show T-1").And.Contain("      Did the page refresh its list?")
            .And.NotContain("at Steps.Ticket", "the stack trace stays in the reports")
            .And.Contain("    Evidence: /tmp/reports/evidence/broken-page");
    }

    // Web: 2 passed, 1 failed, 1 flaky, 1 NOT RUN (skipped by the target); mobile: 2 passed, 1 NOT RUN (selected, never ran);
    // plus one scenario outside the selection, which is not this run's. Each attempt is four steps of the plan's duration.
    private static readonly HashSet<string> Selected = ["features/mobile/m.feature:20"];

    private static IReadOnlyList<ScenarioResult> KnownRun()
    {
        var run = new RunStreamBuilder();
        run.Run(run.Scenario("features/web/w.feature", 3, "slow page", "@web"), AttemptPlan.PassedIn(500));
        run.Run(run.Scenario("features/web/w.feature", 6, "quick page", "@web"), AttemptPlan.PassedIn(10));
        run.Run(run.Scenario("features/web/w.feature", 9, "broken page", "@web"),
            AttemptPlan.FailedWith("Expected the ticket list to show T-1.\nDid the page refresh its list?\n   at Steps.TicketSteps.ListShows() in TicketSteps.cs:line 40"));
        run.Run(run.Scenario("features/web/w.feature", 12, "flaky page", "@web"), AttemptPlan.Failed, AttemptPlan.PassedIn(200));
        run.Run(run.Scenario("features/web/w.feature", 15, "page the target cannot arrange", "@web"), AttemptPlan.Skipped);
        run.Run(run.Scenario("features/mobile/m.feature", 3, "slow contact", "@mobile"), AttemptPlan.PassedIn(800));
        run.Run(run.Scenario("features/mobile/m.feature", 6, "quick contact", "@mobile"), AttemptPlan.PassedIn(20));
        run.Scenario("features/mobile/m.feature", 20, "contact the host never reached", "@mobile");
        run.Scenario("features/web/w.feature", 40, "page outside the selection", "@web");
        return RunModelReader.Read(run.Build()).Scenarios;
    }
}
