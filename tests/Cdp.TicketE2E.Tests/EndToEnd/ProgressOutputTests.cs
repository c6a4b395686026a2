using System.Text.RegularExpressions;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.EndToEnd;

/// <summary>./e2e run piped (not a terminal), as in CI: plain progress lines, the summary table before the verdict, run.log.</summary>
[NonParallelizable]
public sealed class ProgressOutputTests
{
    [Test]
    public async Task A_piped_run_prints_a_progress_line_per_scenario_then_the_summary_table_before_the_verdict()
    {
        var reports = CommandLine.NewReportsFolder();

        var (exitCode, output) = await CommandLine.RunAsync("./e2e", "run", "--tag", "web", "--name", "EMBED_RESIZE sets the panel", "--reports", reports);

        exitCode.Should().Be(0, output);
        Regex.Matches(output, @"^\[[12]/2\] PASSED  web    .*EMBED_RESIZE sets the panel's height \((480|960)\) \[web/embed-messages\.feature:6[67]\] \(.+\) " +
                              @"\| 0 failed, 0 flaky \| \d+:\d\d elapsed, ETA \d+:\d\d$", RegexOptions.Multiline).Should().HaveCount(2, output);
        output.Should().Contain("Ran 2 of 2 scenario(s) in ").And.NotContain("\u001b", "no colour when the output is not a terminal");
        var summary = output.IndexOf("| platform | passed | failed | flaky | not run | total |", StringComparison.Ordinal);
        summary.Should().BePositive(output);
        output.Should().Contain("| web      |      2 |      0 |     0 |       0 |     2 |").And.Contain("Slowest scenarios");
        summary.Should().BeLessThan(output.IndexOf("Lane-A gate", StringComparison.Ordinal), "the summary comes before the verdict");
        output.Should().NotContain("passed The customer page", "the test host's own result lines are --verbose's");
        File.ReadAllText(Path.Combine(reports, "run.log")).Should().Contain("passed The customer page and the embedded form talk through the embed messages: " +
            "EMBED_RESIZE sets the panel's height (480) [web/embed-messages.feature:66]", "run.log keeps the test host's whole output");
    }

    [Test]
    public async Task Quiet_and_verbose_together_are_refused_naming_what_each_does()
    {
        var (exitCode, output) = await CommandLine.RunAsync("./e2e", "run", "--quiet", "--verbose", "--tag", "web");

        exitCode.Should().Be(2, output);
        output.Should().Contain("--quiet and --verbose contradict each other").And.Contain("Pick one.");
    }
}
