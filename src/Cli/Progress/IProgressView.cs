namespace Cdp.TicketE2E.Cli.Progress;

/// <summary>How ./e2e run shows progress: a live line on a terminal, plain lines anywhere else.</summary>
internal interface IProgressView
{
    /// <summary>A scenario finished; the tally already counts it.</summary>
    void Finished(FinishedScenario scenario, RunTally tally, TimeSpan elapsed);

    /// <summary>Time passed with nothing finished (the live line's clock moves; plain lines stay quiet).</summary>
    void Tick(RunTally tally, TimeSpan elapsed);

    /// <summary>The test host has exited.</summary>
    void Complete(RunTally tally, TimeSpan elapsed);
}
