using Cdp.TicketE2E.Reporting.Commands;
using Cdp.TicketE2E.Reporting.Reading;
using Cdp.TicketE2E.Tests.Reporting.Fixtures;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Reporting;

/// <summary>The facade the CLI calls: files, history, verdict, and exit codes 0 / 1 / 2 with messages that say what to do.</summary>
[TestFixture]
public sealed class ReportingCommandsTests
{
    [Test]
    public void Report_of_a_passing_run_writes_four_files_records_history_and_exits_0()
    {
        using var folder = new TempFolder();
        var suite = new SampleSuite().RunAll();
        var options = ReportFolder.Options(folder, suite.Catalog);
        StreamFile.Write(options.ResolvedStreamPath, suite.Stream.Build());
        var output = new StringWriter();

        var exit = ReportingCommands.Report(options, output);

        exit.Should().Be(ExitCodes.GatePassed, output.ToString());
        foreach (var file in new[] { "coverage.html", "coverage.json", "coverage.md", "junit.xml" })
            File.Exists(folder.File("reports", file)).Should().BeTrue(file);
        Directory.GetFiles(folder.File("reports", "history"), "*.json").Should().ContainSingle();
        output.ToString().Should().Contain("wrote ").And.Contain($"recorded run {suite.Stream.RunId}")
            .And.EndWith($"Lane-A gate PASSED for run {suite.Stream.RunId} (commit 3f2a9c1, target embedded): all 3 requirements are OK on every platform " +
                         $"they apply to (4 requirement-platform pairs); 4 of 4 scenarios executed, 4 passed.{Environment.NewLine}");
    }

    [Test]
    public void Gate_of_a_failing_run_prints_every_reason_and_exits_1_without_writing()
    {
        using var folder = new TempFolder();
        var suite = new SampleSuite();
        suite.RunAll((suite.WebCreate, [AttemptPlan.Failed]));
        var options = ReportFolder.Options(folder, suite.Catalog);
        StreamFile.Write(options.ResolvedStreamPath, suite.Stream.Build());
        var output = new StringWriter();

        var exit = ReportingCommands.Gate(options, output);

        exit.Should().Be(ExitCodes.GateFailed);
        output.ToString().Should().StartWith("Lane-A gate FAILED").And.Contain("  - WEB-01 on web: NOK: features/web/create_ticket.feature:8");
        File.Exists(folder.File("reports", "coverage.html")).Should().BeFalse();
    }

    [Test]
    public void A_missing_stream_exits_2_naming_the_path_and_the_fix()
    {
        using var folder = new TempFolder();
        var output = new StringWriter();

        var exit = ReportingCommands.Gate(ReportFolder.Options(folder, new SampleSuite().Catalog), output);

        exit.Should().Be(ExitCodes.BadInput);
        output.ToString().Should().Be($"error: No results stream at {folder.File("reports", "cucumber.ndjson")}. Run `./e2e run` first " +
                                      $"(it writes reports/cucumber.ndjson), or point the report at the right folder.{Environment.NewLine}");
    }

    [Test]
    public void A_damaged_stream_exits_2_naming_the_line()
    {
        using var folder = new TempFolder();
        var suite = new SampleSuite().RunAll();
        var options = ReportFolder.Options(folder, suite.Catalog);
        StreamFile.Write(options.ResolvedStreamPath, suite.Stream.Build());
        File.AppendAllText(options.ResolvedStreamPath, "{\"testCase\": {\"id\": \n");
        var lines = File.ReadAllLines(options.ResolvedStreamPath).Length;
        var output = new StringWriter();

        ReportingCommands.Report(options, output).Should().Be(ExitCodes.BadInput);
        output.ToString().Should().Contain($"line {lines} is not a Cucumber message").And.Contain("rerun `./e2e run`");
    }

    [Test]
    public void A_catalog_that_does_not_load_exits_2_with_the_loaders_message()
    {
        using var folder = new TempFolder();
        var suite = new SampleSuite().RunAll();
        var options = ReportFolder.Options(folder, suite.Catalog) with { LoadCatalog = _ => throw new InvalidDataException("requirements.yaml line 3: duplicate id WEB-01.") };
        StreamFile.Write(options.ResolvedStreamPath, suite.Stream.Build());
        var output = new StringWriter();

        ReportingCommands.Report(options, output).Should().Be(ExitCodes.BadInput);
        output.ToString().Should().Contain("cannot be loaded: requirements.yaml line 3: duplicate id WEB-01.").And.Contain("./e2e lint");
    }

    [Test]
    public void A_missing_catalog_exits_2()
    {
        using var folder = new TempFolder();
        var output = new StringWriter();

        var exit = ReportingCommands.Gate(ReportFolder.Options(folder, new SampleSuite().Catalog) with { CatalogPath = folder.File("nope.yaml") }, output);

        exit.Should().Be(ExitCodes.BadInput);
        output.ToString().Should().Contain($"No requirements catalog at {folder.File("nope.yaml")}");
    }

    [Test]
    public void Stale_results_are_reported_but_not_added_to_the_history()
    {
        using var folder = new TempFolder();
        var suite = new SampleSuite().RunAll();
        var options = ReportFolder.Options(folder, suite.Catalog) with { ExpectedCommit = "0123456789abcdef" };
        StreamFile.Write(options.ResolvedStreamPath, suite.Stream.Build());
        var output = new StringWriter();

        ReportingCommands.Report(options, output).Should().Be(ExitCodes.GateFailed);
        output.ToString().Should().Contain("they are stale");
        Directory.Exists(folder.File("reports", "history")).Should().BeFalse();
        File.ReadAllText(folder.File("reports", "coverage.html")).Should().Contain("This run was not added to the history");
    }

    [Test]
    public void Verdict_is_one_paragraph_and_names_unreadable_inputs()
    {
        using var folder = new TempFolder();
        var suite = new SampleSuite();
        suite.RunAll((suite.MobileCreate, [AttemptPlan.Failed]));
        var options = ReportFolder.Options(folder, suite.Catalog);

        ReportingCommands.Verdict(options).Should().StartWith("No verdict: No results stream at");
        StreamFile.Write(options.ResolvedStreamPath, suite.Stream.Build());
        var verdict = ReportingCommands.Verdict(options);
        verdict.Should().NotContain("\n").And.StartWith("Lane-A gate FAILED").And.Contain("NOK 1 (MOB-01)")
            .And.Contain("the first: MOB-01 on mobile: NOK: features/mobile/create_ticket.feature:6");
    }
}
