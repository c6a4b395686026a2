using Cdp.TicketE2E.Cli.Planning;
using Cdp.TicketE2E.Tests.Reporting.Fixtures;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Cli;

/// <summary>--last-failed: what failed or was flaky in the previous run of this commit, or why there is nothing to rerun.</summary>
public sealed class LastFailedTests
{
    private const string Commit = RunStreamBuilder.DefaultCommit;

    [Test]
    public void Failed_flaky_and_undefined_scenarios_are_rerun_and_passed_or_not_run_ones_are_not()
    {
        using var folder = new TempFolder();
        var stream = new RunStreamBuilder(runId: "run-7");
        stream.Run(stream.Scenario("web/a.feature", 3, "passes", "@web"));
        stream.Run(stream.Scenario("web/a.feature", 9, "fails", "@web"), AttemptPlan.Failed);
        stream.Run(stream.Scenario("web/b.feature", 4, "flaky", "@web"), AttemptPlan.Failed, AttemptPlan.Passed);
        stream.Run(stream.Scenario("web/b.feature", 8, "undefined", "@web"), AttemptPlan.Undefined);
        stream.Run(stream.Scenario("web/b.feature", 12, "cannot be arranged on this target", "@web"), AttemptPlan.Skipped);
        stream.Scenario("mobile/c.feature", 5, "not selected", "@mobile");
        ReportFolder.WriteStream(folder, "reports", stream);

        var (keys, text) = LastFailed.Read(folder.File("reports"), Commit + "-dirty");

        keys.Should().BeEquivalentTo("web/a.feature:9", "web/b.feature:4", "web/b.feature:8");
        text.Should().Be("the 3 scenario(s) that failed or were flaky in run run-7 of commit 3f2a9c1d8e7b");
    }

    [Test]
    public void A_previous_run_where_everything_passed_leaves_nothing_to_rerun()
    {
        using var folder = new TempFolder();
        var stream = new RunStreamBuilder(runId: "run-8");
        stream.Run(stream.Scenario("web/a.feature", 3, "passes", "@web"));
        ReportFolder.WriteStream(folder, "reports", stream);

        var (keys, text) = LastFailed.Read(folder.File("reports"), Commit);

        keys.Should().BeNull();
        text.Should().Be("--last-failed: nothing to rerun: no scenario failed or was flaky in the previous run (run run-8 of commit 3f2a9c1d8e7b, 1 scenario(s) executed).");
    }

    [Test]
    public void A_previous_run_of_another_commit_is_not_this_codes_failures()
    {
        using var folder = new TempFolder();
        var stream = new RunStreamBuilder(runId: "run-9", commit: "aaaaaaaaaaaaaaaaaaaa");
        stream.Run(stream.Scenario("web/a.feature", 9, "fails", "@web"), AttemptPlan.Failed);
        ReportFolder.WriteStream(folder, "reports", stream);

        var (keys, text) = LastFailed.Read(folder.File("reports"), Commit);

        keys.Should().BeNull();
        text.Should().Be($"--last-failed: the previous run in {folder.File("reports")} is run run-9 of commit aaaaaaaaaaaa, but the checkout is at 3f2a9c1d8e7b: " +
                         "its failures say nothing about this code. Run ./e2e run at this commit first.");
    }

    [Test]
    public void No_previous_run_says_where_it_looked_and_what_to_do()
    {
        using var folder = new TempFolder();

        var (keys, text) = LastFailed.Read(folder.Path, Commit);

        keys.Should().BeNull();
        text.Should().Be($"--last-failed found no previous run in {folder.Path} (no cucumber.ndjson). Run ./e2e run first, or pass --reports with the folder of the run to repeat.");
    }

    [Test]
    public void A_damaged_stream_is_named_with_the_readers_message()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("cucumber.ndjson"), "{ not json\n");

        var (keys, text) = LastFailed.Read(folder.Path, Commit);

        keys.Should().BeNull();
        text.Should().StartWith("--last-failed cannot read the previous run: ").And.Contain("line 1 is not a Cucumber message");
    }
}
