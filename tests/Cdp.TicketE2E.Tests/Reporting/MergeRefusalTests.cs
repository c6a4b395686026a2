using Cdp.TicketE2E.Reporting;
using Cdp.TicketE2E.Reporting.Commands;
using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Reporting.Gate;
using Cdp.TicketE2E.Reporting.Merge;
using Cdp.TicketE2E.Reporting.Reading;
using Cdp.TicketE2E.Tests.Reporting.Fixtures;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Reporting;

/// <summary>What a merge refuses, and how: other commits, repeated runs, unfinished shards.</summary>
[TestFixture]
public sealed class MergeRefusalTests
{
    [Test]
    public void Runs_of_different_commits_are_refused_naming_files_runs_and_commits()
    {
        using var folder = new TempFolder();
        var web = ReportFolder.WriteShard(folder, "web", new SampleSuite(new RunStreamBuilder(commit: "aaaaaaa1111")), s => [s.WebCreate, s.WebAnchor]);
        var mobile = ReportFolder.WriteShard(folder, "mobile", new SampleSuite(new RunStreamBuilder(commit: "bbbbbbb2222")), s => [s.MobileCreate, s.MobileAnchor]);

        var act = () => StreamMerger.Merge([ShardStream.Read(web.Path), ShardStream.Read(mobile.Path)], folder.Path);

        act.Should().Throw<BadInputException>().Which.Message.Should()
            .StartWith("Refusing to merge runs of different commits")
            .And.Contain($"commit aaaaaaa1111 in {web.Path} (run {web.RunId})")
            .And.Contain($"commit bbbbbbb2222 in {mobile.Path} (run {mobile.RunId})");
    }

    [Test]
    public void The_merge_command_exits_2_on_mixed_commits_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var suite = new SampleSuite();
        ReportFolder.WriteShard(folder, "web", new SampleSuite(new RunStreamBuilder(commit: "aaaaaaa1111")), s => [s.WebCreate]);
        ReportFolder.WriteShard(folder, "mobile", new SampleSuite(new RunStreamBuilder(commit: "bbbbbbb2222")), s => [s.MobileCreate]);
        var output = new StringWriter();

        var exit = ReportingCommands.Merge(new MergeOptions { Inputs = [folder.File("web"), folder.File("mobile")], Report = ReportFolder.Options(folder, suite.Catalog) }, output);

        exit.Should().Be(ExitCodes.BadInput);
        output.ToString().Should().StartWith("error: Refusing to merge runs of different commits");
        File.Exists(folder.File("reports", "cucumber.ndjson")).Should().BeFalse();
    }

    [Test]
    public void The_same_run_given_twice_is_refused()
    {
        using var folder = new TempFolder();
        var a = ReportFolder.WriteShard(folder, "a", new SampleSuite(), s => [s.WebCreate]);
        File.Copy(a.Path, folder.File("copy.ndjson"));

        var act = () => StreamMerger.Merge([ShardStream.Read(a.Path), ShardStream.Read(folder.File("copy.ndjson"))], folder.Path);

        act.Should().Throw<BadInputException>().Which.Message.Should().Contain($"Run {a.RunId} appears in more than one input");
    }

    [Test]
    public void An_unfinished_shard_keeps_the_merged_run_from_passing_and_is_named()
    {
        using var folder = new TempFolder();
        var suite = new SampleSuite();
        var web = ReportFolder.WriteShard(folder, "web", new SampleSuite(), s => [s.WebCreate, s.WebAnchor]);
        var crashed = new SampleSuite();
        crashed.Stream.Run(crashed.MobileCreate).Run(crashed.MobileAnchor).Unfinished();
        var crashedPath = ReportFolder.WriteStream(folder, "mobile", crashed.Stream);

        var merged = StreamMerger.Merge([ShardStream.Read(web.Path), ShardStream.Read(crashedPath)], folder.Path);
        var gate = CoverageReport.Create(RunModelReader.Read(merged.Envelopes), suite.Catalog).Gate;

        gate.Reasons.Should().Contain(r => r.Kind == GateReasonKind.Stream && r.Message.StartsWith($"Merged run {crashed.Stream.RunId}") && r.Message.Contains("has no testRunFinished"));
    }
}
