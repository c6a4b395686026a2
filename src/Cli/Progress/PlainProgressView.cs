namespace Cdp.TicketE2E.Cli.Progress;

/// <summary>
/// Progress where output is not a terminal (CI logs, a file): one finished scenario per line, never rewritten, no colour,
/// each line complete on its own, e.g.
/// <c>[ 3/12] FAILED  web     Create ticket: Happy path [web/create.feature:7] (11.0 s) | 1 failed, 0 flaky | 0:35 elapsed, ETA 1:45</c>.
/// </summary>
internal sealed class PlainProgressView(TextWriter output) : IProgressView
{
    public void Finished(FinishedScenario scenario, RunTally tally, TimeSpan elapsed)
    {
        var width = tally.Total.ToString().Length;
        var duration = scenario.Duration is { } d ? $" ({ProgressText.Duration(d)})" : "";
        output.WriteLine($"[{tally.Done.ToString().PadLeft(width)}/{tally.Total}] {ProgressText.Word(scenario.Outcome),-7} {scenario.Platform,-6} " +
                         $"{scenario.Name}{duration} | {tally.Failed} failed, {tally.Flaky} flaky | {ProgressText.Clock(elapsed)} elapsed, {ProgressText.Eta(tally, elapsed)}");
        output.Flush();
    }

    public void Tick(RunTally tally, TimeSpan elapsed)
    {
    }

    public void Complete(RunTally tally, TimeSpan elapsed) => output.WriteLine(ProgressText.Done(tally, elapsed));
}
