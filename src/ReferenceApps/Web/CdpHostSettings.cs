namespace Cdp.TicketE2E.ReferenceApps.Web;

/// <summary>What the reference CDP page is configured with; all of it reaches the browser as a JSON config block.</summary>
/// <param name="CrmBaseUrl">Where <c>embed/ticket/create</c> lives. Its origin is the only one messages go to or are accepted from.</param>
/// <param name="ApiBaseUrl">The CDP backend serving <c>/v1/leads/...</c> (the FakeCrm in the default target).</param>
/// <param name="UserCanCreateTickets">The ticket-create permission (its real key is unknown, OQ-4).</param>
/// <param name="CreateTicketFlagOn">The CDP feature flag for the entry point (its real name is unknown).</param>
/// <param name="CrmAssociatesServerSide">OQ-6: when true the page must not call the fallback association endpoint.</param>
/// <param name="Defects">Seeded defects to start with; empty for the correct behaviour.</param>
public sealed record CdpHostSettings(
    Uri CrmBaseUrl,
    Uri ApiBaseUrl,
    bool UserCanCreateTickets,
    bool CreateTicketFlagOn,
    bool CrmAssociatesServerSide,
    IReadOnlySet<SeededDefect> Defects)
{
    /// <summary>
    /// The correct page with the entry point enabled: permission and flag on, no server-side association, no defects.
    /// Adjust with a <c>with</c> expression.
    /// </summary>
    public static CdpHostSettings Enabled(Uri crmBaseUrl, Uri apiBaseUrl) =>
        new(crmBaseUrl, apiBaseUrl, true, true, false, new HashSet<SeededDefect>());

    /// <summary>Fails fast, naming the setting, when a URL cannot work in a browser.</summary>
    /// <exception cref="ArgumentException">A URL is not absolute http(s), or <see cref="Defects"/> is null.</exception>
    public void Validate()
    {
        RequireHttp(CrmBaseUrl, nameof(CrmBaseUrl));
        RequireHttp(ApiBaseUrl, nameof(ApiBaseUrl));
        if (Defects is null)
            throw new ArgumentException("Defects must not be null; pass an empty set for the correct behaviour.", nameof(Defects));
    }

    private static void RequireHttp(Uri? url, string name)
    {
        if (url is null || !url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"{name} must be an absolute http(s) URL such as http://localhost:5000/, but was '{url}'.", name);
    }
}
