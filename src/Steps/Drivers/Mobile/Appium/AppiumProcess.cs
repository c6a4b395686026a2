using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Cdp.TicketE2E.Steps.Drivers;

namespace Cdp.TicketE2E.Steps.Drivers.Mobile.Appium;

/// <summary>
/// One Appium server process on a free loopback port. Ready means: Appium printed that its REST listener started
/// and <c>/status</c> answers <c>ready: true</c>; an early exit or a timeout fails with the last lines it printed.
/// </summary>
internal sealed class AppiumProcess : IDisposable
{
    private const string ListenerStarted = "REST http interface listener started";

    private readonly ServerProcess server;

    private AppiumProcess(ServerProcess server, Uri endpoint, string logPath)
    {
        this.server = server;
        Endpoint = endpoint;
        LogPath = logPath;
    }

    /// <summary>The server's base URL (base path <c>/</c>).</summary>
    public Uri Endpoint { get; }

    /// <summary>Appium's full log for this process.</summary>
    public string LogPath { get; }

    /// <summary>The server's process id (its children: chromedriver, Chromium).</summary>
    public int ProcessId => server.ProcessId;

    /// <summary>Starts the server and waits until it is ready.</summary>
    /// <exception cref="AppiumUnavailableException">It exited, or was not ready in time.</exception>
    public static async Task<AppiumProcess> StartAsync(AppiumInstall install, TimeSpan timeout)
    {
        var port = LoopbackPort.Free();
        Directory.CreateDirectory(install.ScratchDirectory);
        PruneOldLogs(install.ScratchDirectory);
        var logPath = Path.Combine(install.ScratchDirectory, $"appium-{port}.log");
        var info = new ProcessStartInfo(install.Executable) { WorkingDirectory = install.Home };
        foreach (var argument in new[] { "--address", "127.0.0.1", "--port", port.ToString(), "--log-no-colors", "--log-level", "info",
                     "--log", logPath, "--tmp", install.ScratchDirectory })
            info.ArgumentList.Add(argument);
        info.Environment["APPIUM_HOME"] = install.Home;
        ServerProcess server;
        try
        {
            server = await ServerProcess.StartAsync("Appium server", info, line => line.Contains(ListenerStarted, StringComparison.Ordinal), timeout,
                "If a module is missing, run scripts/ensure-appium.sh; on a slow machine raise E2E__Mobile__ServerStartTimeoutSeconds.");
        }
        catch (InvalidOperationException e)
        {
            throw new AppiumUnavailableException(e.Message, e);
        }
        var appium = new AppiumProcess(server, new Uri($"http://127.0.0.1:{port}/"), logPath);
        try
        {
            await appium.ExpectReadyStatusAsync();
            return appium;
        }
        catch
        {
            appium.Dispose();
            throw;
        }
    }

    private async Task ExpectReadyStatusAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var status = await http.GetFromJsonAsync<JsonElement>(new Uri(Endpoint, "status"));
        if (!status.GetProperty("value").TryGetProperty("ready", out var ready) || !ready.GetBoolean())
            throw new AppiumUnavailableException($"The Appium server at {Endpoint} started but /status does not say ready: {status}");
    }

    // One log per run keeps parallel runs apart; a day's worth is enough to diagnose, older ones only fill the disk.
    private static void PruneOldLogs(string directory)
    {
        foreach (var log in Directory.EnumerateFiles(directory, "appium-*.log").Where(f => File.GetLastWriteTimeUtc(f) < DateTime.UtcNow.AddDays(-1)))
        {
            try { File.Delete(log); }
            catch (IOException) { } // another run still writes it
        }
    }

    /// <summary>Stops Appium and everything it started (chromedriver, Chromium).</summary>
    public void Dispose() => server.Dispose();
}
