using System.Collections.Concurrent;
using System.Diagnostics;
using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Drivers.Mobile.Appium;
using OpenQA.Selenium;
using OpenQA.Selenium.Remote;

namespace Cdp.TicketE2E.Steps.Drivers.Mobile;

/// <summary>
/// Appium sessions for the run: one per parallel worker, reused across scenarios (a session costs ≈ 1 s, a fresh
/// URL ≈ 50 ms). A scenario rents an idle session, or opens one when all are busy, and gives it back at its end;
/// a session that stopped answering is quit instead of reused. All are quit when the run ends.
/// </summary>
public sealed class MobileSessionPool(AppiumServer server, HarnessSettings settings) : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(120);
    private readonly ConcurrentBag<RemoteWebDriver> idle = [];
    private readonly ConcurrentDictionary<RemoteWebDriver, byte> open = new();
    private readonly ConcurrentQueue<TimeSpan> sessionStarts = new();

    /// <summary>How long each new session took to open (for `./e2e bench` and the mobile measurements).</summary>
    public IReadOnlyCollection<TimeSpan> SessionStartDurations => sessionStarts;

    /// <summary>An idle session, or a new one.</summary>
    /// <exception cref="AppiumUnavailableException">No server, or the server could not open a session; the message says why.</exception>
    public async Task<RemoteWebDriver> RentAsync()
    {
        if (settings.Mobile.ReuseSessions && idle.TryTake(out var reused)) return reused;
        var endpoint = await server.EndpointAsync();
        var capabilities = MobileCapabilities.For(settings).ToCapabilities();
        var clock = Stopwatch.StartNew();
        try
        {
            // Selenium's .NET client is synchronous; keep the blocking session request off the caller's thread.
            var driver = await Task.Run(() => new RemoteWebDriver(endpoint, capabilities, CommandTimeout));
            sessionStarts.Enqueue(clock.Elapsed);
            open[driver] = 0;
            return driver;
        }
        catch (WebDriverException e)
        {
            throw new AppiumUnavailableException(
                $"{server.Describe(endpoint)} could not open a {settings.Mobile.Platform} session: {server.Scrub(e.Message)}" +
                (server.LogPath is { } log ? $" Appium's log: {log}." : "") +
                " Check E2E:Mobile (platform, capabilities) and docs/real-device.md.", e);
        }
    }

    /// <summary>Gives a session back: blanked for the next scenario when reuse is on and it still answers, quit otherwise.</summary>
    public void Return(RemoteWebDriver driver)
    {
        if (settings.Mobile.ReuseSessions && settings.Mobile.Platform == MobilePlatform.ReferenceWeb && Blank(driver))
        {
            idle.Add(driver);
            return;
        }
        Quit(driver);
    }

    // A blank page stops the last scenario's scripts and drops its app before its server goes away.
    private static bool Blank(RemoteWebDriver driver)
    {
        try
        {
            driver.Navigate().GoToUrl("about:blank");
            return true;
        }
        catch (WebDriverException)
        {
            return false;
        }
    }

    private void Quit(RemoteWebDriver driver)
    {
        open.TryRemove(driver, out _);
        try
        {
            driver.Quit();
        }
        catch (WebDriverException)
        {
            // Already gone (the server died or the session timed out): nothing left to close.
        }
        driver.Dispose();
    }

    /// <summary>Quits every session this pool opened.</summary>
    // Asynchronous only: see AppiumServer.DisposeAsync.
    public ValueTask DisposeAsync()
    {
        foreach (var driver in open.Keys) Quit(driver);
        return ValueTask.CompletedTask;
    }
}
