using Cdp.TicketE2E.Cli.Execution;
using Cdp.TicketE2E.Configuration;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Cli;

/// <summary>How the kill matrix judges its runs: a clean run must fail nothing, a seeded one must fail something, and no results is never a pass.</summary>
public sealed class SelfcheckReportTests
{
    private static readonly KilledBy Failure = new("web/x.feature:3 \"x\"", "it broke");

    [Test]
    public void A_defect_that_fails_nothing_survived_and_fails_the_selfcheck()
    {
        var report = new SelfcheckReport([Row("NoResize", []), Row(null, [])]);

        report.Passed.Should().BeFalse();
        report.Rows[0].Verdict.Should().Be("SURVIVED");
        report.Summary().Should().Contain("Selfcheck FAILED: 0 of 1 seeded defects killed").And.Contain("SURVIVED: reference NoResize");
    }

    [Test]
    public void A_clean_run_with_a_failure_is_a_false_alarm()
    {
        var report = new SelfcheckReport([Row(null, [Failure]), Row("NoResize", [Failure])]);

        report.Passed.Should().BeFalse();
        report.Rows[0].Verdict.Should().Be("FALSE ALARM");
        report.Rows[1].Verdict.Should().Be("KILLED");
    }

    [Test]
    public void A_run_without_results_never_counts_either_way()
    {
        var seeded = Row("NoResize", null);
        var clean = Row(null, null);

        (seeded.Passed, clean.Passed).Should().Be((false, false));
        seeded.Verdict.Should().Be("NO RESULTS");
    }

    [Test]
    public void Every_clean_run_clean_and_every_defect_killed_passes_and_is_written_as_json()
    {
        var report = new SelfcheckReport([Row(null, []), Row("NoResize", [Failure])]);
        var folder = Directory.CreateTempSubdirectory().FullName;

        report.Passed.Should().BeTrue();
        File.ReadAllText(report.Write(folder)).Should().Contain("\"verdict\": \"KILLED\"").And.Contain("\"message\": \"it broke\"");
    }

    private static SelfcheckRow Row(string? defect, IReadOnlyList<KilledBy>? failed) =>
        new(TargetKind.Reference, defect, "web", ["WEB-10"], failed, "run.log");
}
