using System.Security.Cryptography;
using System.Text;

namespace Cdp.TicketE2E.Cli.Planning;

/// <summary>
/// The selection cut into n slices: by the scenarios' recorded durations when the history has any of them, else by
/// count. A scenario the history has no time for weighs the mean of those it has, so a new scenario is neither free
/// nor the heaviest. The plan's fingerprint lets the shards of one run be checked to have sliced alike.
/// </summary>
internal sealed class ShardPlan
{
    private readonly IReadOnlyDictionary<string, long> weights;
    private readonly IReadOnlyList<IReadOnlyList<string>> slices;

    private ShardPlan(IReadOnlyDictionary<string, long> weights, int count, bool byDuration)
    {
        this.weights = weights;
        ByDuration = byDuration;
        slices = ShardSlicer.Split(weights, count);
        Fingerprint = Hash(count, weights);
    }

    /// <summary>Whether the slices are balanced by recorded durations (else by count).</summary>
    public bool ByDuration { get; }

    /// <summary>Short hash of the slice count and every key's weight: equal on every shard of one consistent plan.</summary>
    public string Fingerprint { get; }

    /// <summary>Slices the scenario keys by the durations known for them (milliseconds by key; empty for none).</summary>
    public static ShardPlan Make(IReadOnlyCollection<string> keys, IReadOnlyDictionary<string, long> durations, int count)
    {
        var known = keys.Where(durations.ContainsKey).Select(k => durations[k]).ToList();
        if (known.Count == 0) return new ShardPlan(keys.ToDictionary(k => k, _ => 1L, StringComparer.Ordinal), count, byDuration: false);
        var mean = (long)known.Average();
        return new ShardPlan(keys.ToDictionary(k => k, k => durations.GetValueOrDefault(k, mean), StringComparer.Ordinal), count, byDuration: true);
    }

    /// <summary>The keys of slice <paramref name="index"/> (1-based).</summary>
    public IReadOnlyList<string> Slice(int index) => slices[index - 1];

    /// <summary>The summed weight of slice <paramref name="index"/> and of all slices: milliseconds, or scenarios by count.</summary>
    public (long Slice, long Total) Load(int index) => (Slice(index).Sum(k => weights[k]), weights.Values.Sum());

    private static string Hash(int count, IReadOnlyDictionary<string, long> weights)
    {
        var text = count + "\n" + string.Join("\n", weights.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => $"{w.Key}={w.Value}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
    }
}
