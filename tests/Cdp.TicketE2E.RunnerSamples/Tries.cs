namespace Cdp.TicketE2E.RunnerSamples;

/// <summary>How often each named thing was tried in this run, so a sample can fail on its first try only.</summary>
public sealed class Tries
{
    private readonly Dictionary<string, int> counts = [];

    /// <summary>Counts one more try of <paramref name="what"/> and returns which try this is (1 for the first).</summary>
    public int Next(string what)
    {
        lock (counts) return counts[what] = counts.GetValueOrDefault(what) + 1;
    }
}
