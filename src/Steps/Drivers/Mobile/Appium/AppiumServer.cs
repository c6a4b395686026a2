using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Drivers.Grid;

namespace Cdp.TicketE2E.Steps.Drivers.Mobile.Appium;

/// <summary>
/// The Appium server of the run. With <c>E2E:Mobile:ServerUrl</c> set it is that remote server (a device farm); with
/// <c>E2E:Grid:Url</c> it is the Selenium Grid, which relays the sessions to its Appium relay node; otherwise the
/// project-local Appium 3 is started on a free loopback port when a mobile scenario first needs it (a web-only run never
/// starts it) and killed with its whole process tree when the run ends. A failed start is kept, so
/// every mobile scenario fails at once with the same cause and fix instead of each waiting for its own timeout.
/// </summary>
public sealed class AppiumServer : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly MobileSettings mobile;
    private readonly Func<string> repositoryRoot;
    private readonly ReadyGrid? grid;
    private Task<AppiumProcess>? starting;

    /// <summary>The run's server, from the harness configuration.</summary>
    /// <exception cref="SettingsException">An E2E:Mobile value cannot work.</exception>
    public AppiumServer(HarnessSettings settings) : this(settings.Mobile, () => RepositoryRoot.Find(AppContext.BaseDirectory), settings.Grid)
    {
    }

    // Tests point it at another launcher or checkout; the suite's object scope only sees the public constructor.
    internal AppiumServer(MobileSettings mobile, Func<string> repositoryRoot, GridSettings? grid = null)
    {
        mobile.Validate();
        this.mobile = mobile;
        this.repositoryRoot = repositoryRoot;
        this.grid = grid is { IsUsed: true } && mobile.ServerUrl.Length == 0 ? new ReadyGrid(grid) : null;
    }

    /// <summary>How long the harness-managed server took to become ready; null until then, or for a remote server.</summary>
    public TimeSpan? StartDuration { get; private set; }

    /// <summary>The server's base URL, starting the local server on first call.</summary>
    /// <exception cref="AppiumUnavailableException">Appium is not installed, or did not start; the message says how to fix it.</exception>
    /// <exception cref="GridUnavailableException">The configured grid is unreachable or not ready.</exception>
    public async Task<Uri> EndpointAsync()
    {
        if (mobile.ServerUrl.Length > 0) return new Uri(mobile.ServerUrl);
        if (grid is not null) return await grid.EndpointAsync();
        await gate.WaitAsync();
        try
        {
            starting ??= StartAsync();
        }
        finally
        {
            gate.Release();
        }
        return (await starting).Endpoint;
    }

    /// <summary>Where sessions are opened, for messages: credentials masked, the grid named as such.</summary>
    public string Describe(Uri endpoint) => grid is null ? $"Appium at {endpoint}" : $"the Selenium Grid at {grid.Settings.Display} (relaying to its Appium node)";

    /// <summary>A client library's message with the grid's credentials taken out.</summary>
    public string Scrub(string message) => grid is null ? message : grid.Settings.Scrub(message);

    /// <summary>Appium's log of the local server, for a person diagnosing a session failure; null when none runs.</summary>
    public string? LogPath => starting is { IsCompletedSuccessfully: true } ? starting.Result.LogPath : null;

    private async Task<AppiumProcess> StartAsync()
    {
        var install = AppiumInstall.Locate(mobile.AppiumExecutable, repositoryRoot());
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var process = await AppiumProcess.StartAsync(install, TimeSpan.FromSeconds(mobile.ServerStartTimeoutSeconds));
        StartDuration = clock.Elapsed;
        return process;
    }

    /// <summary>Kills the local server and its children (chromedriver, Chromium), if one was started.</summary>
    // Asynchronous only, like every object a run shares: Reqnroll's container disposes the IDisposable objects it created
    // at the end of each run, which would kill a server a warm host keeps for its next run.
    public ValueTask DisposeAsync()
    {
        if (starting is { IsCompletedSuccessfully: true }) starting.Result.Dispose();
        gate.Dispose();
        return ValueTask.CompletedTask;
    }
}
