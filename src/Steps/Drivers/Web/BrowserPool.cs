using System.Collections.Concurrent;
using Cdp.TicketE2E.Configuration;
using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>
/// One browser per parallel worker: a scenario rents an idle browser (launching one only when all
/// are busy) and gives it back when it ends. Isolation comes from a fresh context per scenario,
/// so no scenario pays for a browser launch once the pool is warm. With <c>E2E:Grid:Url</c> the browsers are grid sessions
/// (<see cref="GridChromium"/>) instead of launched here. A browser given back also gets a spare page ready for its next
/// scenario — a new context with one blank page, opened while nothing else needs the browser — because opening a page
/// (a renderer process) is the largest part of a scenario's start-up; each spare is used by one scenario only.
/// </summary>
public sealed class BrowserPool(HarnessSettings settings, Contracts.TargetContracts contracts) : IAsyncDisposable
{
    private readonly SemaphoreSlim start = new(1, 1);
    private readonly ConcurrentBag<IBrowser> idle = [];
    private readonly ConcurrentBag<IBrowser> all = [];
    private readonly ConcurrentDictionary<IBrowser, Task<IPage>> spares = new();
    private readonly GridChromium? grid = settings.Grid.IsUsed ? new GridChromium(settings) : null;
    private IPlaywright? playwright;

    /// <summary>An idle browser, or a newly launched one.</summary>
    public async Task<IBrowser> RentAsync()
    {
        if (idle.TryTake(out var browser) && browser.IsConnected && (grid is null || await grid.KeepAliveAsync(browser))) return browser;
        var driver = await PlaywrightAsync();
        browser = grid is null ? await driver.Chromium.LaunchAsync(BrowserLauncher.Options(settings.Browser)) : await grid.ConnectAsync(driver.Chromium);
        all.Add(browser);
        return browser;
    }

    /// <summary>Gives a browser back for the next scenario, and starts opening its spare page.</summary>
    public void Return(IBrowser browser)
    {
        if (!browser.IsConnected) return;
        spares[browser] = OpenSpareAsync(browser);
        idle.Add(browser);
    }

    /// <summary>
    /// The never-used page opened for <paramref name="browser"/> when it was given back, in a context of
    /// <see cref="ScenarioContext"/> without storage state and with the message capture installed; null when there is none.
    /// </summary>
    public async Task<IPage?> TakeSparePageAsync(IBrowser browser)
    {
        if (!spares.TryRemove(browser, out var spare)) return null;
        try
        {
            return await spare;
        }
        catch (PlaywrightException)
        {
            return null; // the scenario opens its own, and meets the browser's problem there if it lasts
        }
    }

    /// <summary>The options of every scenario's browser context.</summary>
    public static BrowserNewContextOptions ScenarioContext(string? storageStateFile) => new()
    {
        ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        StorageStatePath = storageStateFile,
    };

    private static async Task<IPage> OpenSpareAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(ScenarioContext(null));
        await context.AddInitScriptAsync(MessageCapture.Script);
        return await context.NewPageAsync();
    }

    private async Task<IPlaywright> PlaywrightAsync()
    {
        if (playwright is not null) return playwright;
        await start.WaitAsync();
        try
        {
            if (playwright is not null) return playwright;
            var created = await Playwright.CreateAsync();
            // GetByTestId reads the attribute the target contract names (data-testid unless an app uses another).
            created.Selectors.SetTestIdAttribute(contracts.Web.TestIdAttribute);
            return playwright = created;
        }
        finally
        {
            start.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var browser in all) await browser.CloseAsync();
        grid?.Dispose();
        playwright?.Dispose();
        start.Dispose();
    }
}
