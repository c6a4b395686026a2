using Cdp.TicketE2E.Reporting.Model;

namespace Cdp.TicketE2E.Reporting.Reading;

/// <summary>
/// Groups the attempts of one pickle into chains (attempt 0, its retries…) and picks the chain that counts.
/// A pickle executed by two runs (e.g. two shards of a merged stream) has two chains; the LATEST chain wins
/// (latest first-attempt start time; on a tie, the one later in the stream), so a scenario is never counted twice.
/// </summary>
internal static class AttemptChains
{
    public sealed record Choice(IReadOnlyList<AttemptResult> Counting, IReadOnlyList<IReadOnlyList<AttemptResult>> Superseded);

    public static Choice Choose(IReadOnlyList<AttemptResult> attemptsInStreamOrder)
    {
        var chains = new List<(int Position, List<AttemptResult> Attempts)>();
        foreach (var run in attemptsInStreamOrder.Select((a, i) => (a, i)).GroupBy(x => x.a.RunId ?? ""))
        {
            List<AttemptResult>? current = null;
            foreach (var (attempt, position) in run)
            {
                // A retry continues its chain; attempt numbers that do not grow mean a new execution of the pickle.
                if (current is null || attempt.Attempt <= current[^1].Attempt)
                {
                    current = [];
                    chains.Add((position, current));
                }
                current.Add(attempt);
            }
        }
        var ordered = chains
            .OrderBy(c => c.Attempts[0].StartedAt ?? DateTimeOffset.MinValue)
            .ThenBy(c => c.Position)
            .Select(c => (IReadOnlyList<AttemptResult>)c.Attempts)
            .ToList();
        return ordered.Count == 0 ? new Choice([], []) : new Choice(ordered[^1], ordered.Take(ordered.Count - 1).ToList());
    }
}
