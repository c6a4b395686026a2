namespace Cdp.TicketE2E.RunnerSamples;

/// <summary>What the sample bindings did, in order: what a test asserts on to see that a binding ran, with what, and when.</summary>
public sealed class Journal
{
    private readonly List<string> entries = [];

    public void Add(string entry)
    {
        lock (entries) entries.Add(entry);
    }

    public IReadOnlyList<string> Entries
    {
        get
        {
            lock (entries) return [.. entries];
        }
    }
}
