using Cdp.TicketE2E.Reporting.Commands;
using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Reporting.History;
using Cdp.TicketE2E.Reporting.Reading;
using Cdp.TicketE2E.Tests.Reporting.Fixtures;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Reporting;

/// <summary>What the history keeps for balancing shards: each executed scenario's time; and runs kept out of the history.</summary>
public sealed class HistoryScenarioTimesTests
{
    [Test]
    public void A_record_keeps_the_time_of_every_executed_scenario_with_all_its_attempts()
    {
        var suite = new SampleSuite();
        suite.Stream.Run(suite.WebCreate);
        suite.Stream.Run(suite.WebAnchor, AttemptPlan.Failed, AttemptPlan.Passed);

        var record = HistoryRecord.From(CoverageReport.Create(RunModelReader.Read(suite.Stream.Build()), suite.Catalog))!;

        // Four steps (a hook and three Gherkin steps) of 120 ms per attempt; the mobile scenarios did not run.
        record.ScenarioMilliseconds.Should().BeEquivalentTo(new Dictionary<string, long> { [suite.WebCreate.Location] = 480, [suite.WebAnchor.Location] = 960 });
    }

    [Test]
    public void A_record_written_before_scenario_times_were_kept_still_reads()
    {
        using var folder = new TempFolder();
        var suite = new SampleSuite().RunAll();
        var saved = new HistoryStore(folder.Path).Save(HistoryRecord.From(CoverageReport.Create(RunModelReader.Read(suite.Stream.Build()), suite.Catalog))!);
        File.WriteAllText(saved, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(saved), @",\s*""scenarioMilliseconds"": \{[^}]*\}", ""));

        var (records, problems) = new HistoryStore(folder.Path).ReadRecent(5);

        problems.Should().BeEmpty();
        records.Should().ContainSingle().Which.ScenarioMilliseconds.Should().BeNull();
    }

    [Test]
    public void A_run_given_a_reason_to_stay_out_of_the_history_is_reported_but_not_recorded()
    {
        using var folder = new TempFolder();
        var suite = new SampleSuite().RunAll();
        var options = ReportFolder.Options(folder, suite.Catalog) with { HistorySkipReason = "it is one shard." };
        StreamFile.Write(options.ResolvedStreamPath, suite.Stream.Build());
        var output = new StringWriter();

        ReportingCommands.Report(options, output).Should().Be(ExitCodes.GatePassed, output.ToString());

        Directory.Exists(folder.File("reports", "history")).Should().BeFalse();
        output.ToString().Should().Contain("not recorded in the history: it is one shard.");
    }
}
