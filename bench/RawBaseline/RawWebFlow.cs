using Microsoft.Playwright;

namespace Cdp.TicketE2E.RawBaseline;

/// <summary>
/// The web flow in plain Playwright, written as a careful engineer would: one browser, a fresh context per iteration,
/// the user signed in through browser storage, web-first waits only (no sleeps), the outcome checked in the page and in
/// the fake CRM. No tracing: Playwright Test's default keeps no trace of a first attempt that passes.
/// </summary>
internal sealed class RawWebFlow(BaselineEnvironment environment, IPlaywright playwright, IBrowser browser) : IRawFlow
{
    public static async Task<IRawFlow> StartAsync(BaselineEnvironment environment, string chromium)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium, Headless = true, ChromiumSandbox = false, Args = ClosedNetwork.ChromiumFlags,
        });
        return new RawWebFlow(environment, playwright, browser);
    }

    public async Task CreateTicketAsync(string title)
    {
        var tenant = await environment.ArrangeAsync();
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var appOrigin = environment.Web.BaseUrl.GetLeftPart(UriPartial.Authority);
        await context.AddInitScriptAsync(
            $"if (location.origin === '{appOrigin}') localStorage.setItem('{environment.Web.Settings.SessionKey}', '{tenant.Token}');");
        var page = await context.NewPageAsync();

        await page.GotoAsync(environment.Web.CustomerPage(tenant.CustomerId).ToString());
        await Assertions.Expect(page.GetByTestId("ticket-list-empty")).ToBeVisibleAsync();
        await page.GetByTestId("tickets-add-menu").ClickAsync();
        await page.GetByTestId("create-ticket-option").ClickAsync();
        var form = page.GetByTestId("ticket-embed-frame").ContentFrame;
        await form.GetByTestId("ticket-title").FillAsync(title);
        await form.GetByTestId("ticket-submit").And(form.Locator(":enabled")).ClickAsync();
        await Assertions.Expect(page.GetByTestId("ticket-embed-panel")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("ticket-list-item").Filter(new() { HasText = title })).ToBeVisibleAsync();

        await tenant.ExpectAssociatedAsync(title);
        await tenant.Fakes.ForgetAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync();
        playwright.Dispose();
    }
}
