using Microsoft.Playwright;

namespace Cdp.TicketE2E.Tests.ReferenceApps;

/// <summary>Launches the machine's Chromium the way DESIGN.md measured it: headless, no download, no outside lookups.</summary>
internal static class TestChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            ChromiumSandbox = false,
            Args = Steps.Drivers.ChromiumFlags.ClosedNetwork,
        });
}
