using Cdp.TicketE2E.Fakes.Foreign;

namespace Cdp.TicketE2E.Steps.Drivers;

/// <summary>
/// The Chromium switches every browser the harness starts needs on this machine kind, whether Playwright
/// (web) or Appium's Chromium driver (mobile) launches it. Without the resolver rule Chromium still looks up
/// Google hosts at start, and the network here is closed; the foreign site of the negative tests (and its
/// look-alike subdomains) resolves to loopback, where it is served on its own port.
/// </summary>
public static class ChromiumFlags
{
    /// <summary>No outside lookups or background traffic; only loopback (and the foreign test site) resolves.</summary>
    public static IReadOnlyList<string> ClosedNetwork { get; } =
    [
        "--disable-quic",
        $"--host-resolver-rules=MAP {ForeignSite.HostName} 127.0.0.1, MAP *.{ForeignSite.HostName} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];
}
