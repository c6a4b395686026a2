namespace Cdp.TicketE2E.Cli.Planning;

/// <summary>
/// Splits scenarios into n slices of about equal weight: greedy longest-processing-time (the heaviest scenario first,
/// each into the lightest slice so far). Every tie is broken by a fixed rule (equal weights by key, ordinal; equal slices
/// by the lower index), so the same keys and weights give the same slices on every machine, in any input order.
/// </summary>
internal static class ShardSlicer
{
    /// <summary>The keys of each slice (index 0 is slice 1/n), each in ordinal key order; every key is in exactly one slice.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Split(IReadOnlyDictionary<string, long> weights, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var slices = Enumerable.Range(0, count).Select(_ => new List<string>()).ToList();
        var loads = new long[count];
        foreach (var (key, weight) in weights.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal))
        {
            var lightest = Array.IndexOf(loads, loads.Min());
            slices[lightest].Add(key);
            loads[lightest] += weight;
        }
        return slices.Select(s => (IReadOnlyList<string>)s.Order(StringComparer.Ordinal).ToList()).ToList();
    }
}
