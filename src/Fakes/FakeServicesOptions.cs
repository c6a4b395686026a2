namespace Cdp.TicketE2E.Fakes;

/// <summary>Where the fake services listen and how browsers address them.</summary>
/// <param name="CrmUrl">The fake CRM's address as apps reach it, e.g. <c>http://localhost:4510/</c>; port 0 picks a free one.</param>
/// <param name="CdpApiUrl">The fake CDP API's address, e.g. <c>http://127.0.0.1:4520/</c>; port 0 picks a free one. Its origin must differ from the CRM's.</param>
/// <param name="BindAddress">The interface both bind to: 127.0.0.1 (loopback only) unless another machine's browsers must reach them (0.0.0.0).</param>
public sealed record FakeServicesOptions(Uri CrmUrl, Uri CdpApiUrl, string BindAddress = "127.0.0.1")
{
    /// <summary>The standing services' default addresses (<c>./e2e fakes</c>).</summary>
    public static FakeServicesOptions Standing { get; } = new(new Uri("http://localhost:4510/"), new Uri("http://127.0.0.1:4520/"));

    /// <summary>Free loopback ports, for a run's own in-process services: the CRM on localhost, the CDP API on 127.0.0.1.</summary>
    public static FakeServicesOptions FreePorts { get; } = new(new Uri("http://localhost:0/"), new Uri("http://127.0.0.1:0/"));

    /// <summary>What is wrong with the options, in words; null when they can work.</summary>
    public string? Problem()
    {
        foreach (var (name, url) in new[] { ("CrmUrl", CrmUrl), ("CdpApiUrl", CdpApiUrl) })
            if (!url.IsAbsoluteUri || url.Scheme != Uri.UriSchemeHttp || url.AbsolutePath != "/")
                return $"{name} is '{url}'; it must be an http URL of a host and port only, such as http://localhost:4510/.";
        if (CrmUrl.Port != 0 && CrmUrl.GetLeftPart(UriPartial.Authority) == CdpApiUrl.GetLeftPart(UriPartial.Authority))
            return $"CrmUrl and CdpApiUrl are both {CrmUrl}; they must be two origins (two ports, or localhost and 127.0.0.1).";
        return System.Net.IPAddress.TryParse(BindAddress, out _) ? null : $"BindAddress is '{BindAddress}'; it must be an IP address such as 127.0.0.1 or 0.0.0.0.";
    }
}
