using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Reporting.History;
using Cdp.TicketE2E.Reporting.Reading;
using Cdp.TicketE2E.Specs.Catalog;
using Cdp.TicketE2E.Tests.Reporting.Fixtures;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Reporting;

/// <summary>The run history: one record per run, the trend, changed and flaky-across-runs requirements.</summary>
[TestFixture]
public sealed class HistoryTests
{
    private static readonly DateTime Day = new(2026, 11, 2, 2, 0, 0, DateTimeKind.Utc);

    [Test]
    public void A_record_holds_the_runs_identity_counts_and_every_requirement()
    {
        var suite = new SampleSuite();
        var record = HistoryRecord.From(Report(suite.RunAll((suite.WebAnchor, [AttemptPlan.Failed, AttemptPlan.Passed])), suite))!;

        record.RunId.Should().Be(suite.Stream.RunId);
        record.Commit.Should().Be(RunStreamBuilder.DefaultCommit);
        record.Target.Should().Be("embedded");
        record.GatePassed.Should().BeFalse();
        record.Counts.Flaky.Should().Be(1);
        record.Requirements["ANC-01"].Should().BeEquivalentTo(new HistoryRequirement("NOK", new Dictionary<string, string> { ["web"] = "NOK", ["mobile"] = "OK" }, true));
    }

    [Test]
    public void Saving_the_same_run_twice_keeps_one_record_and_recent_runs_come_oldest_first()
    {
        using var folder = new TempFolder();
        var store = new HistoryStore(folder.Path);
        var records = Enumerable.Range(0, 4).Select(i => Record(Day.AddDays(i), passing: true)).ToList();
        foreach (var record in records.AsEnumerable().Reverse()) store.Save(record);
        store.Save(records[3]);

        var (recent, problems) = store.ReadRecent(3);

        Directory.GetFiles(folder.Path).Should().HaveCount(4);
        recent.Select(r => r.RunId).Should().Equal(records.Skip(1).Select(r => r.RunId));
        problems.Should().BeEmpty();
    }

    [Test]
    public void A_damaged_history_file_is_skipped_and_named()
    {
        using var folder = new TempFolder();
        var store = new HistoryStore(folder.Path);
        store.Save(Record(Day, passing: true));
        File.WriteAllText(folder.File("20261101T000000Z-broken.json"), "{ not json");

        var (recent, problems) = store.ReadRecent(10);

        recent.Should().ContainSingle();
        problems.Should().ContainSingle().Which.Should().Contain("20261101T000000Z-broken.json was skipped");
    }

    [Test]
    public void The_trend_names_changes_since_the_previous_run_and_flaky_requirements()
    {
        var ok = Record(Day, passing: true);
        var nok = Record(Day.AddDays(1), passing: false);
        var okAgain = Record(Day.AddDays(2), passing: true);

        var trend = TrendView.From([ok, nok, okAgain], okAgain.RunId, []);

        trend.Points.Should().HaveCount(3);
        trend.Points.Single(p => p.IsCurrent).Record.Should().Be(okAgain);
        trend.Changes.Should().Equal(new RequirementChange("WEB-01", "NOK", "OK"));
        trend.FlakyAcrossRuns.Should().Equal("WEB-01");
    }

    [Test]
    public void A_requirement_flaky_in_one_run_is_flaky_across_runs()
    {
        var flaky = Record(Day, passing: true) with { };
        flaky = flaky with { Requirements = new Dictionary<string, HistoryRequirement> { ["WEB-01"] = flaky.Requirements["WEB-01"] with { Flaky = true } } };

        TrendView.From([flaky, Record(Day.AddDays(1), passing: true)], null, []).FlakyAcrossRuns.Should().Equal("WEB-01");
        TrendView.From([Record(Day, passing: true), Record(Day.AddDays(1), passing: false)], null, []).FlakyAcrossRuns.Should().BeEmpty("one change is a change, not flakiness");
    }

    private static HistoryRecord Record(DateTime startedAt, bool passing)
    {
        var catalog = TestCatalogs.Of(TestCatalogs.Requirement("WEB-01", Platform.Web));
        var stream = new RunStreamBuilder(startedAt: startedAt);
        stream.Run(stream.Scenario("features/web/a.feature", 3, "a scenario", "@web", "@req:WEB-01"), passing ? AttemptPlan.Passed : AttemptPlan.Failed);
        return HistoryRecord.From(CoverageReport.Create(RunModelReader.Read(stream.Build()), catalog))!;
    }

    private static CoverageReport Report(SampleSuite suite, SampleSuite catalogOf) =>
        CoverageReport.Create(RunModelReader.Read(suite.Stream.Build()), catalogOf.Catalog);
}
