using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Reporting.Gate;
using Cdp.TicketE2E.Reporting.Reading;
using Cdp.TicketE2E.Tests.Reporting.Fixtures;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Reporting;

/// <summary>The gate judges exactly one finished run of one commit: stale, mixed and unfinished results are rejected, not aggregated.</summary>
[TestFixture]
public sealed class GateStreamTests
{
    [Test]
    public void A_run_without_testRunFinished_is_rejected_as_unfinished()
    {
        var suite = new SampleSuite().RunAll();
        suite.Stream.Unfinished();

        Gate(suite).Reasons.Should().ContainSingle(r => r.Kind == GateReasonKind.Stream)
            .Which.Message.Should().Be($"Run {suite.Stream.RunId} has no testRunFinished: it was interrupted or is still running. Rerun `./e2e run`.");
    }

    [Test]
    public void A_run_the_runner_ended_unsuccessful_fails_the_gate_even_when_every_recorded_scenario_passed()
    {
        var suite = new SampleSuite().RunAll();
        suite.Stream.EndedUnsuccessful();

        Gate(suite).Reasons.Should().ContainSingle(r => r.Kind == GateReasonKind.Stream)
            .Which.Message.Should().Contain("testRunFinished.success is false").And.Contain("every scenario it recorded passed");
    }

    [Test]
    public void A_stream_whose_outcomes_disagree_with_the_test_hosts_counts_fails_the_gate()
    {
        var suite = new SampleSuite().RunAll();
        var model = RunModelReader.Read(suite.Stream.Build());
        var passed = model.Scenarios.Count(s => s.Status == Cdp.TicketE2E.Reporting.Model.ScenarioStatus.Passed);

        var agreeing = CoverageReport.Create(model, suite.Catalog, expected: new RunExpectations(Host: new HostCounts(passed, 0))).Gate;
        var disagreeing = CoverageReport.Create(model, suite.Catalog, expected: new RunExpectations(Host: new HostCounts(passed - 1, 1))).Gate;

        agreeing.Reasons.Should().NotContain(r => r.Kind == GateReasonKind.Stream);
        disagreeing.Reasons.Should().ContainSingle(r => r.Kind == GateReasonKind.Stream)
            .Which.Message.Should().Contain($"records {passed} passed and 0 failed, but the test host counted {passed - 1} passed and 1 failed");
    }

    [Test]
    public void Two_runs_concatenated_are_rejected_not_aggregated()
    {
        var first = new SampleSuite().RunAll();
        var second = new SampleSuite().RunAll();
        var model = RunModelReader.Read(first.Stream.Build().Concat(second.Stream.Build()));

        var gate = CoverageReport.Create(model, first.Catalog).Gate;

        gate.Reasons.Should().Contain(r => r.Kind == GateReasonKind.Stream && r.Message.StartsWith("The stream holds 2 runs")
                                           && r.Message.Contains(first.Stream.RunId) && r.Message.Contains(second.Stream.RunId));
    }

    [Test]
    public void Results_of_another_commit_than_the_checkout_are_stale()
    {
        var suite = new SampleSuite().RunAll();

        var gate = CoverageReport.Create(RunModelReader.Read(suite.Stream.Build()), suite.Catalog, expected: new RunExpectations(Commit: "9999999aaaa")).Gate;

        gate.Reasons.Should().ContainSingle().Which.Message.Should().Contain("the checkout is at 9999999aaaa: they are stale");
        CoverageReport.Create(RunModelReader.Read(suite.Stream.Build()), suite.Catalog, expected: new RunExpectations(Commit: RunStreamBuilder.DefaultCommit[..7]))
            .Gate.Passed.Should().BeTrue("an abbreviated sha of the same commit is the same commit");
    }

    [Test]
    public void A_stream_whose_meta_and_run_attachment_disagree_on_the_commit_is_mixed()
    {
        var suite = new SampleSuite(new RunStreamBuilder { MetaCommit = "0000000111111" }).RunAll();

        Gate(suite).Reasons.Should().ContainSingle().Which.Message.Should().Contain("mixed results");
    }

    [Test]
    public void A_stream_with_no_commit_at_all_is_rejected()
    {
        var suite = new SampleSuite(new RunStreamBuilder(commit: null!) { WithRunAttachment = false }).RunAll();

        Gate(suite).Reasons.Should().ContainSingle().Which.Message.Should().StartWith("The stream names no commit");
    }

    [Test]
    public void The_runners_unknown_commit_is_no_commit()
    {
        var suite = new SampleSuite(new RunStreamBuilder(commit: "unknown")).RunAll();

        Gate(suite).Reasons.Should().ContainSingle().Which.Message.Should().StartWith("The stream names no commit");
    }

    private static GateResult Gate(SampleSuite suite) =>
        CoverageReport.Create(RunModelReader.Read(suite.Stream.Build()), suite.Catalog).Gate;
}
