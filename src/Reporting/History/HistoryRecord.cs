using Cdp.TicketE2E.Reporting.Coverage;

namespace Cdp.TicketE2E.Reporting.History;

/// <summary>The numbers of one run in the history.</summary>
/// <param name="Requirements">Catalog requirements.</param>
/// <param name="Ok">Requirements OK on every platform.</param>
/// <param name="Nok">NOK.</param>
/// <param name="NotRun">NOT RUN.</param>
/// <param name="Unknown">UNKNOWN.</param>
/// <param name="Uncovered">UNCOVERED.</param>
/// <param name="Scenarios">Pickles in the stream.</param>
/// <param name="Executed">Pickles executed.</param>
/// <param name="Passed">Passed.</param>
/// <param name="Flaky">Flaky.</param>
/// <param name="Failed">Failed.</param>
/// <param name="CoveragePercent">Share of (requirement, platform) pairs with a scenario.</param>
/// <param name="RequirementsOkPercent">Share of requirements OK.</param>
/// <param name="PassRatePercent">Share of executed scenarios passing.</param>
public sealed record HistoryCounts(
    int Requirements, int Ok, int Nok, int NotRun, int Unknown, int Uncovered,
    int Scenarios, int Executed, int Passed, int Flaky, int Failed,
    double CoveragePercent, double RequirementsOkPercent, double PassRatePercent);

/// <summary>A requirement's statuses in one run of the history (wire text: OK, NOK, NOT_RUN, UNKNOWN, UNCOVERED).</summary>
/// <param name="Status">Overall status.</param>
/// <param name="Platforms">Status per platform (<c>web</c>, <c>mobile</c>).</param>
/// <param name="Flaky">Whether a scenario of it was flaky in that run.</param>
public sealed record HistoryRequirement(string Status, IReadOnlyDictionary<string, string> Platforms, bool Flaky);

/// <summary>One line of the run history: a compact record of a run, one JSON file per run.</summary>
/// <param name="SchemaVersion">Format version of the record.</param>
/// <param name="RunId">The run id.</param>
/// <param name="Commit">The commit.</param>
/// <param name="Target">The system under test.</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="Selection">The filter used; empty for a full run.</param>
/// <param name="GatePassed">Whether the Lane-A gate passed.</param>
/// <param name="Counts">The numbers.</param>
/// <param name="Requirements">Status of every requirement, by id.</param>
/// <param name="ScenarioMilliseconds">
/// What each executed scenario took (all its attempts), by <c>uri:line</c>: what <c>./e2e run --shard</c> balances its slices
/// by. Absent in records written before it was kept.
/// </param>
public sealed record HistoryRecord(
    int SchemaVersion,
    string RunId,
    string Commit,
    string Target,
    DateTimeOffset StartedAt,
    string Selection,
    bool GatePassed,
    HistoryCounts Counts,
    IReadOnlyDictionary<string, HistoryRequirement> Requirements,
    IReadOnlyDictionary<string, long>? ScenarioMilliseconds = null)
{
    /// <summary>The record format written today.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The record of a report, or null when the run lacks an id, a commit or a start time (it cannot be placed in a history).</summary>
    public static HistoryRecord? From(CoverageReport report)
    {
        var run = report.Run.Run;
        if (run.Id is null || run.Commit is null || run.Started is null) return null;
        var c = report.Counts;
        return new HistoryRecord(CurrentSchemaVersion, run.Id, run.Commit, run.Target, run.Started.Value, run.Selection, report.Gate.Passed,
            new HistoryCounts(c.Requirements.Total, c.Requirements.Ok, c.Requirements.Nok, c.Requirements.NotRun, c.Requirements.Unknown,
                c.Requirements.Uncovered, c.Scenarios.Total, c.Scenarios.Executed, c.Scenarios.Passed, c.Scenarios.Flaky, c.Scenarios.Failed,
                c.CoveragePercent, c.RequirementsOkPercent, c.PassRatePercent),
            report.Requirements.ToDictionary(
                r => r.Requirement.Id,
                r => new HistoryRequirement(StatusText.Wire(r.Overall),
                    r.Platforms.ToDictionary(p => StatusText.Of(p.Platform), p => StatusText.Wire(p.Status)), r.HasFlaky)),
            report.Run.Scenarios.Where(s => s.Executed).DistinctBy(s => s.Pickle.Location).ToDictionary(
                s => s.Pickle.Location, s => (long)s.Attempts.Aggregate(TimeSpan.Zero, (sum, a) => sum + a.Duration).TotalMilliseconds));
    }
}
