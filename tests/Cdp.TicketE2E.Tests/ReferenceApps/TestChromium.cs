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
            Args =
            [
                "--disable-quic",
                // Without it Chromium still resolves Google hosts; tests only talk to loopback.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        });
}
