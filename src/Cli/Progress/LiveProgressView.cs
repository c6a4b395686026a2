using Spectre.Console;

namespace Cdp.TicketE2E.Cli.Progress;

/// <summary>
/// Progress on a terminal: one line rewritten in place (done/total, failed, flaky, elapsed, ETA), with every scenario that
/// did not simply pass printed above it as it finishes. The line is redrawn with a carriage return and blanked with
/// spaces, not with escape codes, so under NO_COLOR the output carries no escape code at all.
/// </summary>
internal sealed class LiveProgressView(TextWriter output, IAnsiConsole console) : IProgressView
{
    private int shownLength;

    public void Finished(FinishedScenario scenario, RunTally tally, TimeSpan elapsed)
    {
        if (scenario.Outcome != ScenarioOutcome.Passed)
        {
            Blank();
            var duration = scenario.Duration is { } d ? $" ({ProgressText.Duration(d)})" : "";
            console.MarkupLine($"{Styled(ProgressText.Word(scenario.Outcome).PadRight(7), ColourOf(scenario.Outcome))} {Markup.Escape(scenario.Platform.PadRight(6))} " +
                               $"{Markup.Escape(scenario.Name)}{duration}");
        }
        Draw(tally, elapsed);
    }

    public void Tick(RunTally tally, TimeSpan elapsed) => Draw(tally, elapsed);

    public void Complete(RunTally tally, TimeSpan elapsed)
    {
        Blank();
        output.WriteLine(ProgressText.Done(tally, elapsed));
    }

    private void Draw(RunTally tally, TimeSpan elapsed)
    {
        (string Text, string? Colour)[] parts =
        [
            ($"{tally.Done}/{tally.Total} done", null),
            ($"{tally.Failed} failed", tally.Failed > 0 ? "red" : null),
            ($"{tally.Flaky} flaky", tally.Flaky > 0 ? "yellow" : null),
            ($"{ProgressText.Clock(elapsed)} elapsed", null),
            (ProgressText.Eta(tally, elapsed), null),
        ];
        var plain = string.Join(" | ", parts.Select(p => p.Text));
        output.Write('\r');
        console.Markup(string.Join(" | ", parts.Select(p => p.Colour is null ? Markup.Escape(p.Text) : Styled(p.Text, p.Colour))));
        output.Write(new string(' ', Math.Max(0, shownLength - plain.Length)));
        shownLength = plain.Length;
        output.Flush();
    }

    private void Blank()
    {
        output.Write('\r' + new string(' ', shownLength) + '\r');
        shownLength = 0;
    }

    private static string Styled(string text, string colour) => $"[{colour}]{Markup.Escape(text)}[/]";

    private static string ColourOf(ScenarioOutcome outcome) => outcome switch
    {
        ScenarioOutcome.Failed => "red",
        ScenarioOutcome.Flaky => "yellow",
        ScenarioOutcome.Passed => "green",
        _ => "grey",
    };
}
