using Cdp.TicketE2E.Configuration;
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
    private static readonly string[] Loopback = ["localhost", "127.0.0.1"];

    /// <summary>No outside lookups or background traffic; only loopback (and the foreign test site) resolves.</summary>
    public static IReadOnlyList<string> ClosedNetwork { get; } = ClosedNetworkReaching([]);

    /// <summary>
    /// The same, with <paramref name="hosts"/> also resolved normally: a browser on another machine (a grid node) reaches the
    /// harness's standing fakes and a deployed page by host name, not by loopback.
    /// </summary>
    public static IReadOnlyList<string> ClosedNetworkReaching(IEnumerable<string> hosts) =>
    [
        "--disable-quic",
        $"--host-resolver-rules=MAP {ForeignSite.HostName} 127.0.0.1, MAP *.{ForeignSite.HostName} 127.0.0.1, MAP * ~NOTFOUND, " +
        string.Join(", ", Loopback.Concat(hosts).Distinct(StringComparer.OrdinalIgnoreCase).Select(host => "EXCLUDE " + host)),
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    /// <summary>The hosts of the configured standing fakes and deployed page, which a run's browsers may have to reach.</summary>
    public static IEnumerable<string> ConfiguredHosts(HarnessSettings settings) =>
        new[] { settings.Fakes.CrmUrl, settings.Fakes.CdpApiUrl, settings.Deployed.CustomerPageUrl.Replace("{customerId}", "x", StringComparison.Ordinal) }
            .Select(url => Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed.Host : "")
            .Where(host => host.Length > 0);
}
