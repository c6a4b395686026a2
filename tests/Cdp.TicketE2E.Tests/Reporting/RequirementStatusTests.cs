using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Reporting.Reading;
using Cdp.TicketE2E.Specs.Catalog;
using Cdp.TicketE2E.Tests.Reporting.Fixtures;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Reporting;

/// <summary>Xray-style requirement status per platform and overall, and the flaky policy.</summary>
[TestFixture]
public sealed class RequirementStatusTests
{
    public static IEnumerable<TestCaseData> SingleScenarioCases()
    {
        yield return new TestCaseData(new[] { AttemptPlan.Passed }, RequirementStatus.Ok).SetName("PassedIsOk");
        yield return new TestCaseData(new[] { AttemptPlan.Failed }, RequirementStatus.Nok).SetName("FailedIsNok");
        yield return new TestCaseData(Array.Empty<AttemptPlan>(), RequirementStatus.NotRun).SetName("NotExecutedIsNotRun");
        yield return new TestCaseData(new[] { AttemptPlan.Undefined }, RequirementStatus.Unknown).SetName("UndefinedIsUnknown");
        yield return new TestCaseData(new[] { AttemptPlan.Pending }, RequirementStatus.Unknown).SetName("PendingIsUnknown");
        yield return new TestCaseData(new[] { AttemptPlan.Skipped }, RequirementStatus.NotRun).SetName("SkippedIsNotRun");
        yield return new TestCaseData(new[] { AttemptPlan.Ambiguous }, RequirementStatus.Unknown).SetName("AmbiguousIsUnknown");
        yield return new TestCaseData(new[] { AttemptPlan.Failed, AttemptPlan.Passed }, RequirementStatus.Nok).SetName("FlakyIsNokByDefault");
    }

    [TestCaseSource(nameof(SingleScenarioCases))]
    public void One_scenario_decides_its_requirement(AttemptPlan[] attempts, RequirementStatus expected)
    {
        var stream = new RunStreamBuilder();
        var pickle = stream.Scenario("features/web/a.feature", 3, "a scenario", "@web", "@req:WEB-01");
        if (attempts.Length > 0) stream.Run(pickle, attempts);

        var cell = Report(stream, TestCatalogs.Requirement("WEB-01", Platform.Web)).Requirements.Single().On(Platform.Web)!;

        cell.Status.Should().Be(expected);
        cell.Scenarios.Should().ContainSingle();
    }

    [Test]
    public void A_requirement_without_scenarios_is_uncovered()
    {
        var report = Report(new RunStreamBuilder(), TestCatalogs.Requirement("WEB-01", Platform.Web));

        report.Requirements.Single().Overall.Should().Be(RequirementStatus.Uncovered);
    }

    [Test]
    public void Flaky_counts_as_passing_only_under_that_policy_and_stays_marked_flaky()
    {
        var stream = new RunStreamBuilder();
        stream.Run(stream.Scenario("features/web/a.feature", 3, "a scenario", "@web", "@req:WEB-01"), AttemptPlan.Failed, AttemptPlan.Passed);
        var catalog = TestCatalogs.Of(TestCatalogs.Requirement("WEB-01", Platform.Web));
        var model = RunModelReader.Read(stream.Build());

        var failing = CoverageReport.Create(model, catalog, FlakyPolicy.CountsAsFailing);
        var passing = CoverageReport.Create(model, catalog, FlakyPolicy.CountsAsPassing);

        failing.Requirements.Single().Overall.Should().Be(RequirementStatus.Nok);
        failing.Gate.Passed.Should().BeFalse();
        failing.Counts.PassRatePercent.Should().Be(0);
        passing.Requirements.Single().Overall.Should().Be(RequirementStatus.Ok);
        passing.Requirements.Single().HasFlaky.Should().BeTrue();
        passing.Gate.Passed.Should().BeTrue();
        passing.Counts.PassRatePercent.Should().Be(100);
        passing.Counts.Scenarios.Flaky.Should().Be(1);
    }

    [Test]
    public void The_worst_scenario_decides_a_platform_and_the_worst_platform_the_requirement()
    {
        var suite = new SampleSuite();
        var extraWeb = suite.Stream.Scenario("features/anchor/association.feature", 20, "filtered out", "@web", "@req:ANC-01");
        suite.RunAll((suite.MobileAnchor, [AttemptPlan.Pending]));

        var anchor = Report(suite).Requirements.Single(r => r.Requirement.Id == "ANC-01");

        anchor.On(Platform.Web)!.Status.Should().Be(RequirementStatus.NotRun, "one web scenario passed and {0} was not executed", extraWeb.Location);
        anchor.On(Platform.Mobile)!.Status.Should().Be(RequirementStatus.Unknown);
        anchor.Overall.Should().Be(RequirementStatus.Unknown);
    }

    [Test]
    public void Precedence_is_ok_notrun_unknown_uncovered_nok()
    {
        RequirementStatusRules.Worst([RequirementStatus.Ok, RequirementStatus.NotRun]).Should().Be(RequirementStatus.NotRun);
        RequirementStatusRules.Worst([RequirementStatus.NotRun, RequirementStatus.Unknown]).Should().Be(RequirementStatus.Unknown);
        RequirementStatusRules.Worst([RequirementStatus.Unknown, RequirementStatus.Uncovered]).Should().Be(RequirementStatus.Uncovered);
        RequirementStatusRules.Worst([RequirementStatus.Uncovered, RequirementStatus.Nok]).Should().Be(RequirementStatus.Nok);
        RequirementStatusRules.Worst([]).Should().Be(RequirementStatus.Uncovered);
    }

    [Test]
    public void A_scenario_on_a_platform_its_requirement_does_not_apply_to_counts_nowhere_and_is_noted()
    {
        var stream = new RunStreamBuilder();
        stream.Run(stream.Scenario("features/mobile/a.feature", 4, "wrong platform", "@mobile", "@req:WEB-01"));

        var report = Report(stream, TestCatalogs.Requirement("WEB-01", Platform.Web));

        report.Requirements.Single().Overall.Should().Be(RequirementStatus.Uncovered);
        report.Warnings.Should().ContainSingle(w => w.Contains("features/mobile/a.feature:4") && w.Contains("WEB-01 applies to web only"));
    }

    [Test]
    public void Counts_add_up()
    {
        var suite = new SampleSuite().RunAll();
        var counts = Report(suite).Counts;

        counts.Requirements.Should().Be(new StatusCounts(3, 3, 0, 0, 0, 0));
        counts.Cells.Total.Should().Be(4);
        counts.Scenarios.Should().Be(new ScenarioCounts(4, 4, 4, 0, 0, 0, 0));
        counts.CoveragePercent.Should().Be(100);
        counts.RequirementsOkPercent.Should().Be(100);
    }

    private static CoverageReport Report(RunStreamBuilder stream, params Requirement[] requirements) =>
        CoverageReport.Create(RunModelReader.Read(stream.Build()), TestCatalogs.Of(requirements));

    private static CoverageReport Report(SampleSuite suite) =>
        CoverageReport.Create(RunModelReader.Read(suite.Stream.Build()), suite.Catalog);
}
