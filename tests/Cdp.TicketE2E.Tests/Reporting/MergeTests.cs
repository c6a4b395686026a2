using Cdp.TicketE2E.Reporting;
using Cdp.TicketE2E.Reporting.Commands;
using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Reporting.Gate;
using Cdp.TicketE2E.Reporting.Merge;
using Cdp.TicketE2E.Reporting.Model;
using Cdp.TicketE2E.Reporting.Reading;
using Cdp.TicketE2E.Tests.Reporting.Fixtures;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Reporting;

/// <summary>Merging shards of one commit: nothing lost, nothing counted twice, other commits refused.</summary>
[TestFixture]
public sealed class MergeTests
{
    private static readonly DateTime Morning = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    [Test]
    public void Web_and_mobile_shards_merge_into_one_passing_run_keeping_every_test_case()
    {
        using var folder = new TempFolder();
        var suite = new SampleSuite();
        var web = ReportFolder.WriteShard(folder, "web", new SampleSuite(new RunStreamBuilder(startedAt: Morning)), s => [s.WebCreate, s.WebAnchor]);
        var mobile = ReportFolder.WriteShard(folder, "mobile", new SampleSuite(new RunStreamBuilder(startedAt: Morning.AddMinutes(1))), s => [s.MobileCreate, s.MobileAnchor]);

        var merged = StreamMerger.Merge([ShardStream.Read(web.Path), ShardStream.Read(mobile.Path)], folder.File("reports"));
        var report = CoverageReport.Create(RunModelReader.Read(merged.Envelopes), suite.Catalog);

        report.Gate.Reasons.Should().BeEmpty();
        report.Counts.Scenarios.Should().Be(new ScenarioCounts(4, 4, 4, 0, 0, 0, 0));
        merged.Envelopes.Count(e => e.Pickle is not null).Should().Be(4, "each shard defines every pickle; the merge keeps one of each");
        merged.Envelopes.Count(e => e.TestCase is not null).Should().Be(4);
        merged.Envelopes.Where(e => e.TestCase is not null).Select(e => e.TestCase.Id).Should().OnlyHaveUniqueItems("both shards numbered their test cases tc1, tc2");
        merged.Envelopes.Count(e => e.TestRunStarted is not null).Should().Be(1);
        merged.Envelopes.Count(e => e.TestRunFinished is not null).Should().Be(1);
        report.Run.Run.IsMerged.Should().BeTrue();
        report.Run.Run.MergedFrom.Select(m => m.RunId).Should().Equal(web.RunId, mobile.RunId);
        report.Run.Run.Started.Should().Be(new DateTimeOffset(Morning));
    }

    [Test]
    public void A_pickle_executed_in_two_shards_counts_once_and_the_latest_execution_wins()
    {
        using var folder = new TempFolder();
        var suite = new SampleSuite();
        var early = new SampleSuite(new RunStreamBuilder(startedAt: Morning));
        early.Stream.Run(early.WebCreate, AttemptPlan.Failed).Run(early.WebAnchor);
        var late = new SampleSuite(new RunStreamBuilder(startedAt: Morning.AddMinutes(5)));
        late.Stream.Run(late.WebCreate).Run(late.MobileCreate).Run(late.MobileAnchor);
        var earlyPath = ReportFolder.WriteStream(folder, "early", early.Stream);
        var latePath = ReportFolder.WriteStream(folder, "late", late.Stream);

        // Given in the "wrong" order on purpose: time, not argument order, decides.
        var merged = StreamMerger.Merge([ShardStream.Read(latePath), ShardStream.Read(earlyPath)], folder.Path);
        var report = CoverageReport.Create(RunModelReader.Read(merged.Envelopes), suite.Catalog);

        report.Counts.Scenarios.Total.Should().Be(4);
        report.Counts.Scenarios.Executed.Should().Be(4);
        var webCreate = report.Run.Scenarios.Single(s => s.Pickle.Id == suite.WebCreate.Id);
        webCreate.Status.Should().Be(ScenarioStatus.Passed);
        webCreate.Attempts.Should().ContainSingle().Which.RunId.Should().Be(late.Stream.RunId);
        webCreate.SupersededRuns.Should().ContainSingle().Which.Should().Contain(early.Stream.RunId).And.Contain("Failed");
        report.Warnings.Should().Contain(w => w.Contains("features/web/create_ticket.feature:8") && w.Contains("the latest execution counts"));
        report.Gate.Passed.Should().BeTrue();
        merged.Notes.Should().Contain("1 pickle(s) were executed by more than one input; each counts once, by its latest execution.");
    }

    [Test]
    public void Merging_the_same_inputs_twice_gives_the_same_run_id()
    {
        using var folder = new TempFolder();
        var a = ReportFolder.WriteShard(folder, "a", new SampleSuite(), s => [s.WebCreate]);
        var b = ReportFolder.WriteShard(folder, "b", new SampleSuite(), s => [s.MobileCreate]);

        var first = StreamMerger.Merge([ShardStream.Read(a.Path), ShardStream.Read(b.Path)], folder.Path);
        var second = StreamMerger.Merge([ShardStream.Read(b.Path), ShardStream.Read(a.Path)], folder.Path);

        first.Descriptor.RunId.Should().Be(second.Descriptor.RunId);
    }

    [Test]
    public void Evidence_links_are_rebased_on_the_merged_report_folder()
    {
        using var folder = new TempFolder();
        var shard = new SampleSuite();
        shard.Stream.Run(shard.WebCreate, AttemptPlan.Failed);
        var path = ReportFolder.WriteStream(folder, "shard-1", shard.Stream);

        var merged = StreamMerger.Merge([ShardStream.Read(path)], folder.File("reports"));

        merged.Envelopes.Where(e => e.Attachment?.Url is not null).Select(e => e.Attachment.Url)
            .Should().Equal("../shard-1/evidence/creates-a-ticket-from-the-customer-page/attempt-1.png");
    }

    [Test]
    public void The_merge_command_writes_the_merged_stream_and_the_report()
    {
        using var folder = new TempFolder();
        var suite = new SampleSuite();
        ReportFolder.WriteShard(folder, Path.Combine("shards", "web"), new SampleSuite(), s => [s.WebCreate, s.WebAnchor]);
        ReportFolder.WriteShard(folder, Path.Combine("shards", "mobile"), new SampleSuite(), s => [s.MobileCreate, s.MobileAnchor]);
        var output = new StringWriter();

        var exit = ReportingCommands.Merge(new MergeOptions { Inputs = [folder.File("shards")], Report = ReportFolder.Options(folder, suite.Catalog) }, output);

        exit.Should().Be(ExitCodes.GatePassed, output.ToString());
        output.ToString().Should().Contain("Merged 2 stream(s)").And.Contain("Lane-A gate PASSED");
        File.Exists(folder.File("reports", "cucumber.ndjson")).Should().BeTrue();
        File.Exists(folder.File("reports", "coverage.html")).Should().BeTrue();
    }
}
