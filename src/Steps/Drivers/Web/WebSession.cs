using Cdp.TicketE2E.Runner.Execution;
using Cdp.TicketE2E.Steps.Configuration;
using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>
/// A scenario's own browser context and page, opened on first use. When the scenario fails it
/// leaves a screenshot, the Playwright trace and the page's console as evidence.
/// </summary>
public sealed class WebSession(BrowserPool pool, HarnessSettings settings, ScenarioContext scenario) : IAsyncDisposable
{
    private readonly List<string> console = [];
    private IBrowser? browser;
    private IBrowserContext? context;
    private IPage? page;

    /// <summary>The scenario's page; the context is created (and traced) on first call.</summary>
    public async Task<IPage> PageAsync()
    {
        if (page is not null) return page;
        browser = await pool.RentAsync();
        context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(settings.Run.ExpectTimeoutSeconds * 1000f);
        if (settings.Evidence.Trace != TracePolicy.Off)
            await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true, Sources = false });
        // Before any page exists, so every document of the scenario, cross-origin frames included, records what it receives.
        await context.AddInitScriptAsync(MessageCapture.Script);
        page = await context.NewPageAsync();
        page.Console += (_, message) => { lock (console) console.Add($"[{message.Type}] {message.Text}"); };
        return page;
    }

    /// <summary>The scenario's page if one was opened; null otherwise (evidence collectors must not open one).</summary>
    public IPage? OpenPage => page;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (context is null) return;
        try
        {
            await KeepEvidenceAsync();
            await context.CloseAsync();
        }
        finally
        {
            pool.Return(browser!);
        }
    }

    private async Task KeepEvidenceAsync()
    {
        var keepTrace = settings.Evidence.Trace == TracePolicy.Always || (settings.Evidence.Trace == TracePolicy.OnFailure && scenario.Failed);
        if (scenario.Failed && page is not null && !page.IsClosed)
        {
            scenario.AttachFile("screenshot.png", "image/png", await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true }));
            lock (console) if (console.Count > 0) scenario.AttachText("browser-console.txt", string.Join('\n', console));
        }
        if (settings.Evidence.Trace == TracePolicy.Off) return;
        if (!keepTrace)
        {
            await context!.Tracing.StopAsync();
            return;
        }
        Directory.CreateDirectory(scenario.EvidenceDirectory);
        var tracePath = Path.Combine(scenario.EvidenceDirectory, "trace.zip");
        await context!.Tracing.StopAsync(new TracingStopOptions { Path = tracePath });
        scenario.LinkFile(tracePath, "application/zip");
    }
}
