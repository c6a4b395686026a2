using System.Collections.Concurrent;

namespace Cdp.TicketE2E.Steps.Suite.Warm;

/// <summary>
/// Where a warm host's kept objects live. The test platform loads the suite assembly a second time, in its own load context,
/// to run the tests; the host runs in the first copy. The two copies share only what the process shares: AppContext data of
/// framework types. The host opens the slot; the test run's copy keeps its <see cref="WarmObjects"/> there (they persist,
/// because the platform reuses its load context from run to run) and leaves the host a way to read the note and to stop them.
/// </summary>
internal static class WarmSlot
{
    private const string Name = "Cdp.TicketE2E.Steps.WarmHost";

    /// <summary>Marks this process as a warm host (before its first run).</summary>
    public static void Open() => AppContext.SetData(Name, new ConcurrentDictionary<string, object>());

    /// <summary>In a test run: the warm host's kept objects, or null when this process runs once.</summary>
    public static WarmObjects? Objects()
    {
        if (AppContext.GetData(Name) is not ConcurrentDictionary<string, object> slot) return null;
        return slot.GetOrAdd("objects", _ =>
        {
            var objects = new WarmObjects();
            slot["note"] = (Func<string>)(() => objects.Note);
            slot["stop"] = (Func<Task>)objects.StopAsync;
            return objects;
        }) as WarmObjects ?? throw new InvalidOperationException(
            "The warm host's kept objects come from another load of the suite assembly; stop the warm host (./e2e serve --stop) and start it again.");
    }

    /// <summary>In the host: what the last run got from the previous one.</summary>
    public static string Note() => Slot().TryGetValue("note", out var note) ? ((Func<string>)note)() : "nothing was kept";

    /// <summary>In the host: stops what the runs kept.</summary>
    public static Task StopAsync() => Slot().TryGetValue("stop", out var stop) ? ((Func<Task>)stop)() : Task.CompletedTask;

    private static ConcurrentDictionary<string, object> Slot() =>
        AppContext.GetData(Name) as ConcurrentDictionary<string, object> ?? throw new InvalidOperationException("The warm host's slot is not open.");
}
