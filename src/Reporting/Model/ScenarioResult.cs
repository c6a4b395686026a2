namespace Cdp.TicketE2E.Reporting.Model;

/// <summary>A pickle and its result in the run: the attempts that count, and any superseded executions.</summary>
/// <param name="Pickle">The compiled scenario.</param>
/// <param name="Status">Its final status.</param>
/// <param name="Attempts">The counting attempt chain, oldest first; empty when NOT RUN.</param>
/// <param name="SupersededRuns">Runs (e.g. other shards) that also executed it and were superseded by a later chain.</param>
public sealed record ScenarioResult(
    PickleInfo Pickle,
    ScenarioStatus Status,
    IReadOnlyList<AttemptResult> Attempts,
    IReadOnlyList<string> SupersededRuns)
{
    /// <summary>The attempt whose result counts, or null when the pickle did not run.</summary>
    public AttemptResult? FinalAttempt => Attempts.Count == 0 ? null : Attempts[^1];

    /// <summary>Whether it was executed in this run.</summary>
    public bool Executed => Status != ScenarioStatus.NotRun;
}
