using System.Collections.Concurrent;
using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Drivers.Grid;
using Microsoft.Playwright;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Remote;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>
/// Chromium from a Selenium Grid 4 (docs/selenium-grid.md): a Chrome session is opened on the grid, and Playwright attaches
/// to that browser through the grid's CDP endpoint (<c>se:cdp</c>, proxied by the hub to the node). That is what Playwright's
/// own SELENIUM_REMOTE_URL does; the harness does it itself because Playwright reads that variable only from its driver
/// process's environment (no per-launch option in .NET) and replaces rather than extends Chrome's options with
/// SELENIUM_REMOTE_CAPABILITIES. Owning the session also lets the run keep it alive and quit it. The node's stereotype
/// decides the binary (Debian's /usr/bin/chromium); the harness only sends switches.
/// </summary>
internal sealed class GridChromium(HarnessSettings settings) : IDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(120);
    private readonly ReadyGrid grid = new(settings.Grid);
    private readonly ConcurrentDictionary<IBrowser, RemoteWebDriver> sessions = new();

    /// <summary>A new grid session's browser, attached over CDP.</summary>
    /// <exception cref="GridUnavailableException">The grid is down, or could not give a Chrome session with a CDP endpoint.</exception>
    public async Task<IBrowser> ConnectAsync(IBrowserType chromium)
    {
        var endpoint = await grid.EndpointAsync();
        RemoteWebDriver session;
        try
        {
            // Selenium's .NET client is synchronous; the session request waits for a free slot, off the caller's thread.
            session = await Task.Run(() => new RemoteWebDriver(endpoint, Options().ToCapabilities(), CommandTimeout));
        }
        catch (WebDriverException e)
        {
            throw new GridUnavailableException(
                $"The Selenium Grid at {grid.Settings.Display} could not open a Chrome session: {grid.Settings.Scrub(e.Message)} " +
                "Check that a node offers browserName chrome with at least as many sessions as --workers (docs/selenium-grid.md).", e);
        }
        try
        {
            var browser = await chromium.ConnectOverCDPAsync(CdpEndpoint(session, endpoint), new BrowserTypeConnectOverCDPOptions { Headers = Headers() });
            sessions[browser] = session;
            return browser;
        }
        catch
        {
            Quit(session);
            throw;
        }
    }

    /// <summary>
    /// Whether the browser's grid session still answers. The WebDriver command also resets the node's idle timer
    /// (--session-timeout, 300 s by default), which counts CDP traffic only while a connection is busy: a pooled browser waiting
    /// between scenarios stays alive however long the run.
    /// </summary>
    public async Task<bool> KeepAliveAsync(IBrowser browser)
    {
        if (!sessions.TryGetValue(browser, out var session)) return false;
        try
        {
            _ = await Task.Run(() => session.Url);
            return true;
        }
        catch (WebDriverException)
        {
            if (sessions.TryRemove(browser, out _)) Quit(session);
            return false;
        }
    }

    private ChromeOptions Options()
    {
        var options = new ChromeOptions();
        if (settings.Browser.Headless) options.AddArgument("--headless=new");
        // A node often runs as root in a container: no setuid sandbox, a small /dev/shm (as for Appium's Chromium).
        options.AddArguments(["--no-sandbox", "--disable-dev-shm-usage", .. ChromiumFlags.ClosedNetworkReaching(ChromiumFlags.ConfiguredHosts(settings))]);
        return options;
    }

    // A grid behind a proxy or in a container may report its CDP endpoint on loopback; it is reached where the grid is (as Playwright does).
    private string CdpEndpoint(RemoteWebDriver session, Uri endpoint)
    {
        if (session.Capabilities.GetCapability("se:cdp") is not string cdp || !Uri.TryCreate(cdp, UriKind.Absolute, out var url))
            throw new GridUnavailableException(
                $"The Selenium Grid at {grid.Settings.Display} opened a Chrome session without a CDP endpoint (se:cdp), which Playwright needs. " +
                "Use Selenium Grid 4 with a Chromium node (docs/selenium-grid.md).");
        return url.IsLoopback && !endpoint.IsLoopback ? new UriBuilder(url) { Host = endpoint.Host }.Uri.ToString() : url.ToString();
    }

    private Dictionary<string, string> Headers() =>
        grid.Settings.BasicAuthorization is { } authorization ? new() { ["Authorization"] = authorization } : [];

    private static void Quit(RemoteWebDriver session)
    {
        try
        {
            session.Quit();
        }
        catch (WebDriverException)
        {
            // The grid already ended it (idle timeout, node gone): nothing left to release.
        }
        session.Dispose();
    }

    /// <summary>Quits every grid session, which closes its browser on the node and frees the slot.</summary>
    public void Dispose()
    {
        foreach (var session in sessions.Values) Quit(session);
        sessions.Clear();
    }
}
