using Cdp.TicketE2E.Cli.Output;
using Cdp.TicketE2E.Cli.Progress;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Cli;

/// <summary>The progress views fed the test host's lines: plain lines for CI and files, a live line on a terminal.</summary>
public sealed class ProgressViewTests
{
    private static readonly Dictionary<string, string> Platforms = new()
    {
        ["web/a.feature:3"] = "web", ["mobile/b.feature:5"] = "mobile", ["web/c.feature:7"] = "web", ["web/d.feature:9"] = "web",
    };

    [Test]
    public void Plain_progress_is_one_complete_line_per_finished_scenario_with_counts_elapsed_and_ETA()
    {
        var output = new StringWriter();

        Feed(new PlainProgressView(output), selected: 4);

        output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "[1/4] PASSED  web    Embed: A passes [web/a.feature:3] (11.0 s) | 0 failed, 0 flaky | 0:10 elapsed, ETA 0:30",
            "[2/4] FLAKY   mobile Contact: B is flaky [mobile/b.feature:5] (1:03) | 0 failed, 1 flaky | 0:20 elapsed, ETA 0:20",
            "[3/4] FAILED  web    Embed: C fails [web/c.feature:7] (231 ms) | 1 failed, 1 flaky | 0:30 elapsed, ETA 0:10",
            "[4/4] NOT RUN web    Embed: D cannot be arranged [web/d.feature:9] (1 ms) | 1 failed, 1 flaky | 0:40 elapsed, ETA 0:00",
            "Ran 4 of 4 scenario(s) in 0:40: 1 passed, 1 failed, 1 flaky, 1 not run.");
    }

    [Test]
    public void The_total_becomes_the_hosts_own_count_which_where_expressions_can_narrow()
    {
        var feed = new ProgressFeed(new RunTally(10, Platforms), new PlainProgressView(new StringWriter()));

        feed.Line(HostLines.Selected, TimeSpan.FromSeconds(1));

        feed.Tally.Total.Should().Be(4);
    }

    [Test]
    public void Only_a_pass_the_suite_noted_as_flaky_is_flaky_and_a_retried_attempts_error_is_no_failure()
    {
        var feed = new ProgressFeed(new RunTally(2, Platforms), new PlainProgressView(new StringWriter()));

        foreach (var line in new[] { HostLines.RetriedAttemptError, HostLines.FlakyNote, HostLines.PassedAfterRetry, HostLines.PassedWeb })
            feed.Line(line, TimeSpan.FromSeconds(5));

        (feed.Tally.Passed, feed.Tally.Flaky, feed.Tally.Failed).Should().Be((1, 1, 0));
    }

    [Test]
    public void The_live_line_is_rewritten_in_place_and_what_did_not_pass_is_printed_above_it()
    {
        var output = new StringWriter();

        Feed(new LiveProgressView(output, new ConsoleStyle(Live: true, Colours: false).On(output)), selected: 4, completes: false);

        var text = output.ToString();
        text.Should().StartWith("\r0/4 done | 0 failed | 0 flaky | 0:00 elapsed | ETA --:--");
        // Each is printed from the start of a blanked line, then the live line is drawn again below it.
        text.Should().Contain("\rFLAKY   mobile Contact: B is flaky [mobile/b.feature:5] (1:03)" + Environment.NewLine + "\r2/4 done")
            .And.Contain("\rFAILED  web    Embed: C fails [web/c.feature:7] (231 ms)" + Environment.NewLine + "\r3/4 done")
            .And.NotContain("PASSED  web", "a plain pass only moves the counter");
        text[text.LastIndexOf('\r')..].TrimEnd().Should().Be("\r4/4 done | 1 failed | 1 flaky | 0:40 elapsed | ETA 0:00");
    }

    [TestCase(null, true)]
    [TestCase("1", false)]
    public void Colour_appears_only_on_a_terminal_without_NO_COLOR(string? noColor, bool colours)
    {
        var style = ConsoleStyle.Detect(outputRedirected: false, name => name == "NO_COLOR" ? noColor : null);
        var output = new StringWriter();

        Feed(new LiveProgressView(output, style.On(output)), selected: 4);

        style.Should().Be(new ConsoleStyle(Live: true, Colours: colours));
        output.ToString().Contains('\u001b').Should().Be(colours, "escape codes are colour here; NO_COLOR must leave none");
    }

    [Test]
    public void Output_that_is_not_a_terminal_gets_plain_lines_and_no_colour()
    {
        ConsoleStyle.Detect(outputRedirected: true, _ => null).Should().Be(ConsoleStyle.Plain);
        ConsoleStyle.Detect(outputRedirected: false, name => name == "TERM" ? "dumb" : null).Should().Be(ConsoleStyle.Plain);
    }

    private static void Feed(IProgressView view, int selected, bool completes = true)
    {
        var feed = new ProgressFeed(new RunTally(selected, Platforms), view);
        feed.Tick(TimeSpan.Zero);
        foreach (var (line, second) in HostLines.FourScenarios()) feed.Line(line, TimeSpan.FromSeconds(second));
        if (completes) feed.Complete(TimeSpan.FromSeconds(40));
    }
}
