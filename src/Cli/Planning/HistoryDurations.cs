using Cdp.TicketE2E.Reporting.History;

namespace Cdp.TicketE2E.Cli.Planning;

/// <summary>What each scenario took in recent runs, from the run history: the weights that balance shards.</summary>
internal static class HistoryDurations
{
    // Enough runs that a scenario left out of the last few (a narrowed or failed run) still has a time.
    private const int RecentRuns = 20;

    /// <summary>Milliseconds by scenario key (<c>uri:line</c>), each from the latest run that timed it; empty without history.</summary>
    public static IReadOnlyDictionary<string, long> Read(string historyDirectory)
    {
        var durations = new Dictionary<string, long>(StringComparer.Ordinal);
        // An unreadable record is skipped (the report names it): durations only balance the slices, they never select.
        var (records, _) = new HistoryStore(historyDirectory).ReadRecent(RecentRuns);
        foreach (var record in records.Reverse())
        foreach (var (key, milliseconds) in record.ScenarioMilliseconds ?? new Dictionary<string, long>())
            durations.TryAdd(key, milliseconds);
        return durations;
    }
}
