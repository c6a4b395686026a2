using Cdp.TicketE2E.Configuration;

namespace Cdp.TicketE2E.Steps.Drivers.Mobile.Appium;

/// <summary>
/// The Appium server of the run. With <c>E2E:Mobile:ServerUrl</c> set it is that remote server (a device farm, a grid);
/// otherwise the project-local Appium 3 is started on a free loopback port when a mobile scenario first needs it (a
/// web-only run never starts it) and killed with its whole process tree when the run ends. A failed start is kept, so
/// every mobile scenario fails at once with the same cause and fix instead of each waiting for its own timeout.
/// </summary>
public sealed class AppiumServer : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly MobileSettings mobile;
    private readonly Func<string> repositoryRoot;
    private Task<AppiumProcess>? starting;

    /// <summary>The run's server, from the harness configuration.</summary>
    /// <exception cref="SettingsException">An E2E:Mobile value cannot work.</exception>
    public AppiumServer(HarnessSettings settings) : this(settings.Mobile, () => RepositoryRoot.Find(AppContext.BaseDirectory))
    {
    }

    // Tests point it at another launcher or checkout; the suite's object scope only sees the public constructor.
    internal AppiumServer(MobileSettings mobile, Func<string> repositoryRoot)
    {
        mobile.Validate();
        this.mobile = mobile;
        this.repositoryRoot = repositoryRoot;
    }

    /// <summary>How long the harness-managed server took to become ready; null until then, or for a remote server.</summary>
    public TimeSpan? StartDuration { get; private set; }

    /// <summary>The server's base URL, starting the local server on first call.</summary>
    /// <exception cref="AppiumUnavailableException">Appium is not installed, or did not start; the message says how to fix it.</exception>
    public async Task<Uri> EndpointAsync()
    {
        if (mobile.ServerUrl.Length > 0) return new Uri(mobile.ServerUrl);
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
    public void Dispose()
    {
        if (starting is { IsCompletedSuccessfully: true }) starting.Result.Dispose();
        gate.Dispose();
    }
}
