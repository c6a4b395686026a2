namespace Cdp.TicketE2E.Cli.Progress;

/// <summary>The test host's lines in, the progress view out: each line parsed, counted, and shown when it finished a scenario.</summary>
internal sealed class ProgressFeed(RunTally tally, IProgressView view)
{
    public RunTally Tally => tally;

    public void Line(string line, TimeSpan elapsed)
    {
        if (HostOutputParser.Parse(line) is { } hostEvent && tally.Apply(hostEvent) is { } finished) view.Finished(finished, tally, elapsed);
    }

    public void Tick(TimeSpan elapsed) => view.Tick(tally, elapsed);

    public void Complete(TimeSpan elapsed) => view.Complete(tally, elapsed);
}
