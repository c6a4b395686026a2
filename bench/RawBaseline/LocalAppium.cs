using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Cdp.TicketE2E.RawBaseline;

/// <summary>The repository's project-local Appium 3 server on a free loopback port, for a mobile baseline given no --appium.</summary>
internal sealed class LocalAppium : IDisposable
{
    private readonly Process process;

    private LocalAppium(Process process, Uri endpoint)
    {
        this.process = process;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public static async Task<LocalAppium> StartAsync()
    {
        var home = FindHome(AppContext.BaseDirectory) ?? throw new InvalidOperationException(
            "No node_modules/.bin/appium above this program: run scripts/ensure-appium.sh (./e2e bench does), or pass --appium URL.");
        var port = FreePort();
        var start = new ProcessStartInfo(Path.Combine(home, "node_modules", ".bin", "appium"))
        {
            WorkingDirectory = home, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--address", "127.0.0.1", "--port", port.ToString(), "--log-level", "error" }) start.ArgumentList.Add(argument);
        start.Environment["APPIUM_HOME"] = home;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var appium = new LocalAppium(process, new Uri($"http://127.0.0.1:{port}/"));
        await appium.WaitReadyAsync(TimeSpan.FromSeconds(60));
        return appium;
    }

    private async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await http.GetStringAsync(new Uri(Endpoint, "status"))).Contains("\"ready\":true", StringComparison.Ordinal)) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet: ask again at the next poll.
            }
            await poll.WaitForNextTickAsync();
        }
        Dispose();
        throw new InvalidOperationException($"The Appium server at {Endpoint} did not report ready within {timeout.TotalSeconds:0} s.");
    }

    private static string? FindHome(string from)
    {
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "node_modules", ".bin", "appium"))) return dir.FullName;
        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
