namespace Cdp.TicketE2E.RawBaseline;

/// <summary>
/// Chromium flags this machine kind needs with no outside network (no QUIC, no lookups of Google hosts, no background
/// traffic): what any Playwright or Selenium program on it would pass, so the baseline pays exactly what the harness pays.
/// </summary>
internal static class ClosedNetwork
{
    public static readonly string[] ChromiumFlags =
    [
        "--disable-quic",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];
}
