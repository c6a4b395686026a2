namespace Cdp.TicketE2E.Reporting.History;

/// <summary>One run on the trend chart.</summary>
/// <param name="Record">The run's history record.</param>
/// <param name="IsCurrent">Whether it is the run this report is about.</param>
public sealed record TrendPoint(HistoryRecord Record, bool IsCurrent);

/// <summary>A requirement whose overall status differs from the previous run's.</summary>
/// <param name="RequirementId">The requirement.</param>
/// <param name="Previous">Its status in the previous run (wire text), or null when it was not in the catalog then.</param>
/// <param name="Current">Its status now.</param>
public sealed record RequirementChange(string RequirementId, string? Previous, string Current);

/// <summary>
/// The trend over recent runs: points for the chart, requirements whose status changed since the previous run,
/// and requirements flaky across runs (flaky in any recent run, or flipping between OK and NOK at least twice).
/// </summary>
/// <param name="Points">Recent runs, oldest first.</param>
/// <param name="Changes">Status changes from the previous run to the current one.</param>
/// <param name="FlakyAcrossRuns">Requirement ids flaky across the recent runs.</param>
/// <param name="Problems">History files that could not be read, or why the current run is not in the history.</param>
public sealed record TrendView(
    IReadOnlyList<TrendPoint> Points,
    IReadOnlyList<RequirementChange> Changes,
    IReadOnlyList<string> FlakyAcrossRuns,
    IReadOnlyList<string> Problems)
{
    /// <summary>No history at all.</summary>
    public static TrendView Empty { get; } = new([], [], [], []);

    /// <summary>Builds the view from recent records (oldest first); <paramref name="currentRunId"/> marks this report's run.</summary>
    public static TrendView From(IReadOnlyList<HistoryRecord> records, string? currentRunId, IReadOnlyList<string> problems)
    {
        var points = records.Select(r => new TrendPoint(r, r.RunId == currentRunId)).ToList();
        var currentIndex = points.FindLastIndex(p => p.IsCurrent);
        var changes = currentIndex > 0 ? Compare(records[currentIndex - 1], records[currentIndex]) : [];
        var ids = records.SelectMany(r => r.Requirements.Keys).Distinct(StringComparer.Ordinal);
        var flaky = ids.Where(id => IsFlakyAcross(records, id)).ToList();
        return new TrendView(points, changes, flaky, problems);
    }

    private static List<RequirementChange> Compare(HistoryRecord previous, HistoryRecord current) =>
        current.Requirements
            .Where(r => previous.Requirements.GetValueOrDefault(r.Key)?.Status != r.Value.Status)
            .Select(r => new RequirementChange(r.Key, previous.Requirements.GetValueOrDefault(r.Key)?.Status, r.Value.Status))
            .ToList();

    private static bool IsFlakyAcross(IReadOnlyList<HistoryRecord> records, string id)
    {
        var states = records.Select(r => r.Requirements.GetValueOrDefault(id)).OfType<HistoryRequirement>().ToList();
        if (states.Any(s => s.Flaky)) return true;
        // NOT RUN / UNKNOWN runs say nothing about flakiness, so only OK and NOK are compared.
        var verdicts = states.Select(s => s.Status).Where(s => s is "OK" or "NOK").ToList();
        return verdicts.Zip(verdicts.Skip(1)).Count(pair => pair.First != pair.Second) >= 2;
    }
}
