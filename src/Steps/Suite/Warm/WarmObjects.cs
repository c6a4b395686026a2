using System.Text.Json;
using Cdp.TicketE2E.Configuration;

namespace Cdp.TicketE2E.Steps.Suite.Warm;

/// <summary>
/// The shared objects a warm host keeps from one run to the next (fakes, apps, browsers, Appium and its sessions), as long
/// as the next run's settings would build the same ones; otherwise they are stopped and the run starts its own.
/// </summary>
public sealed class WarmObjects
{
    private SharedObjects? kept;
    private string? keptFor;

    /// <summary>What the last run got: the previous run's objects, or fresh ones and why.</summary>
    public string Note { get; private set; } = "";

    /// <summary>The objects for a run with <paramref name="settings"/>: the kept ones when they were built with the same settings.</summary>
    public async Task<SharedObjects> ForRunAsync(HarnessSettings settings)
    {
        var signature = Signature(settings);
        if (kept is not null && signature == keptFor)
        {
            Note = kept.Created.Count == 0 ? "nothing was started before this run" : $"reused from the previous run: {string.Join(", ", kept.Created)}";
            return kept;
        }
        Note = kept is null || kept.Created.Count == 0
            ? "first run of these settings: everything starts as the scenarios need it"
            : $"the settings changed, so the previous run's {string.Join(", ", kept.Created)} were stopped and start afresh";
        await StopAsync();
        keptFor = signature;
        return kept = new SharedObjects();
    }

    /// <summary>Stops whatever is kept.</summary>
    public async Task StopAsync()
    {
        if (kept is not null) await kept.StopAsync();
        kept = null;
    }

    // Everything the shared objects could be built from. Only what names this run (its commit, selection, retries and
    // reports folder) may differ: the scenario-scoped objects read those from the run's own settings.
    internal static string Signature(HarnessSettings settings) => JsonSerializer.Serialize(settings with
    {
        Run = settings.Run with { Commit = "", Selection = "", Retries = 0 },
        Paths = settings.Paths with { Reports = "" },
    });
}
