using System.Text.Json;
using Cdp.TicketE2E.Steps.World;
using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Runner.Glue;
using Cdp.TicketE2E.Steps.Targets;
using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>
/// A scenario's own browser context and page, opened on first use and signed in as the scenario's user through browser
/// storage (the token in the localStorage key the target contract names, or a test account's storage-state file; no
/// password is ever typed). Every
/// document gets the harness's message capture, and the network is journaled. When the scenario fails it leaves a
/// screenshot, the browser console and the network journal as evidence, and the Playwright trace as the trace policy says.
/// </summary>
public sealed class WebSession(BrowserPool pool, WebTarget target, TicketWorld world, Contracts.TargetContracts contracts,
    HarnessSettings settings, ScenarioEvidence evidence, ScenarioAttempt attempt) : IDisposable
{
    private readonly List<string> console = [];
    private IBrowser? browser;
    private IBrowserContext? context;
    private IPage? page;
    private bool tracing;

    /// <summary>What the scenario's pages requested.</summary>
    public NetworkJournal Network { get; } = new();

    /// <summary>How long an expectation waits for its condition.</summary>
    public TimeSpan Timeout => TimeSpan.FromSeconds(settings.Run.ExpectTimeoutSeconds);

    /// <summary>The scenario's page (blank until opened); the context is created, signed in and traced on first call.</summary>
    public async Task<IPage> PageAsync()
    {
        if (page is not null) return page;
        var signIn = world.SignIn();
        // A cold pool launches its browser while a cold target starts its app: neither waits for the other.
        var starting = target.CustomerPageAsync(world.RequireCustomer().Id);
        var renting = pool.RentAsync();
        try
        {
            await Task.WhenAll(starting, renting);
        }
        catch
        {
            if (renting.IsCompletedSuccessfully) pool.Return(renting.Result);
            throw;
        }
        var appOrigin = starting.Result.GetLeftPart(UriPartial.Authority);
        browser = renting.Result;
        // A test account signs in through a storage-state file, a context option: no spare page can have it.
        var spare = signIn.StorageStateFile is null ? await pool.TakeSparePageAsync(browser) : null;
        context = spare?.Context ?? await browser.NewContextAsync(BrowserPool.ScenarioContext(signIn.StorageStateFile));
        context.SetDefaultTimeout((float)Timeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout(settings.Run.NavigationTimeoutSeconds * 1000f);
        Network.Attach(context);
        // A test account's cookies and tokens would be in every request of a trace: no trace is recorded for one.
        tracing = signIn.StorageStateFile is null && settings.Evidence.Trace switch
        {
            TracePolicy.Off => false,
            TracePolicy.OnRetry => attempt.Attempt > 0,
            _ => true,
        };
        if (tracing)
            await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true, Sources = false });
        // Before any document of the scenario loads (a spare page is still blank and has it already), so every document,
        // cross-origin frames included, records what it receives.
        if (spare is null) await context.AddInitScriptAsync(MessageCapture.Script);
        if (signIn.Token is { } token) await context.AddInitScriptAsync(SignedIn(appOrigin, token));
        page = spare ?? await context.NewPageAsync();
        page.Console += (_, message) => { lock (console) console.Add($"[{message.Type}] {message.Text}"); };
        return page;
    }

    /// <summary>The scenario's page if one was opened; null otherwise (evidence collectors must not open one).</summary>
    public IPage? OpenPage => page;

    // The app finds its API token where a signed-in session leaves it; the harness puts the scenario user's there, in the
    // app's origin only, before the app's own scripts run. (Playwright's storage-state option would do the same by first
    // loading a page of the origin in every new context.)
    private string SignedIn(string appOrigin, string token) =>
        $"if (location.origin === {JsonSerializer.Serialize(appOrigin)}) localStorage.setItem({JsonSerializer.Serialize(contracts.Web.SessionKey)}, {JsonSerializer.Serialize(token)});";

    /// <summary>Closes the scenario's context and gives the browser back to the pool; safe to call again.</summary>
    public async Task CloseAsync()
    {
        if (context is null) return;
        var closing = context;
        context = null;
        try
        {
            await closing.CloseAsync();
        }
        finally
        {
            pool.Return(browser!);
        }
    }

    /// <inheritdoc />
    // The after-scenario hooks close this in their visible order; Reqnroll skips the hooks after one that fails, and its
    // scenario container disposes (synchronously) what they left, so nothing leaks into the next scenario.
    public void Dispose() => CloseAsync().GetAwaiter().GetResult();

    /// <summary>
    /// When the scenario failed: a screenshot, the browser console and the network journal; and the Playwright trace as the
    /// trace policy says. Nothing when no page was opened.
    /// </summary>
    public async Task KeepEvidenceAsync()
    {
        if (context is null) return;
        var keepTrace = settings.Evidence.Trace is TracePolicy.Always or TracePolicy.OnRetry || evidence.Failed;
        if (evidence.Failed)
        {
            if (page is { IsClosed: false }) evidence.AttachFile("screenshot.png", await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true }));
            lock (console) if (console.Count > 0) evidence.AttachText("browser-console.txt", string.Join('\n', console));
            evidence.AttachText("network.txt", Network.Describe());
        }
        if (!tracing) return;
        if (!keepTrace)
        {
            await context!.Tracing.StopAsync();
            return;
        }
        Directory.CreateDirectory(evidence.Directory);
        var tracePath = Path.Combine(evidence.Directory, "trace.zip");
        await context!.Tracing.StopAsync(new TracingStopOptions { Path = tracePath });
        evidence.Link(tracePath);
    }
}
