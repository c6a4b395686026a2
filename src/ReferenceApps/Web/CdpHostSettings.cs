namespace Cdp.TicketE2E.ReferenceApps.Web;

/// <summary>
/// What the reference CDP page is configured with for a whole run; it reaches the browser as a JSON config block. What
/// differs per user (permissions, flags, OQ-6) the page asks the CDP API for, as a real build would.
/// </summary>
/// <param name="CrmEmbedUrl">CRM's create-ticket embed page. Its origin is the only one messages go to or are accepted from.</param>
/// <param name="ApiBaseUrl">The CDP API serving <c>/v1/me</c>, <c>/v1/leads/...</c> and <c>/v1/tickets</c>.</param>
/// <param name="SessionKey">The localStorage key holding the signed-in user's API token.</param>
/// <param name="CreatePermission">The permission that lets the user create tickets (OQ-4).</param>
/// <param name="TicketFlag">The feature flag gating the ticket embed.</param>
/// <param name="ServerSideAssociationFlag">The flag saying CRM associates a CDP-created ticket itself (OQ-6), so the page must not.</param>
/// <param name="SandboxTokens">The frame's sandbox attribute.</param>
/// <param name="EmbedSourceParameter">The query parameter naming CDP as the embedding source (OQ-3).</param>
/// <param name="EmbedSourceValue">Its value.</param>
/// <param name="ResizeMin">The smallest frame height EMBED_RESIZE may set, in px.</param>
/// <param name="ResizeMax">The largest frame height EMBED_RESIZE may set, in px.</param>
/// <param name="Defects">Seeded defects to start with; empty for the correct behaviour.</param>
public sealed record CdpHostSettings(
    Uri CrmEmbedUrl,
    Uri ApiBaseUrl,
    string SessionKey,
    string CreatePermission,
    string TicketFlag,
    string ServerSideAssociationFlag,
    string SandboxTokens,
    string EmbedSourceParameter,
    string EmbedSourceValue,
    int ResizeMin,
    int ResizeMax,
    IReadOnlySet<SeededDefect> Defects)
{
    /// <summary>The correct page with the default names (those of docs/fake-services.md). Adjust with a <c>with</c> expression.</summary>
    public static CdpHostSettings Default(Uri crmEmbedUrl, Uri apiBaseUrl) => new(crmEmbedUrl, apiBaseUrl, "cdp.session", "ticket.create",
        "cdp_ticket_embed", "crm_ticket_auto_associate", "allow-scripts allow-forms allow-same-origin", "embed_source", "cdp", 120, 1200, new HashSet<SeededDefect>());

    /// <summary>Fails fast, naming the setting, when a value cannot work in a browser.</summary>
    /// <exception cref="ArgumentException">A URL is not absolute http(s), a name is empty, or <see cref="Defects"/> is null.</exception>
    public void Validate()
    {
        RequireHttp(CrmEmbedUrl, nameof(CrmEmbedUrl));
        RequireHttp(ApiBaseUrl, nameof(ApiBaseUrl));
        foreach (var (name, value) in new[] { (nameof(SessionKey), SessionKey), (nameof(CreatePermission), CreatePermission), (nameof(TicketFlag), TicketFlag),
                     (nameof(ServerSideAssociationFlag), ServerSideAssociationFlag), (nameof(EmbedSourceParameter), EmbedSourceParameter), (nameof(EmbedSourceValue), EmbedSourceValue) })
            if (string.IsNullOrWhiteSpace(value)) throw new ArgumentException($"{name} must not be empty.", name);
        if (Defects is null)
            throw new ArgumentException("Defects must not be null; pass an empty set for the correct behaviour.", nameof(Defects));
    }

    private static void RequireHttp(Uri? url, string name)
    {
        if (url is null || !url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"{name} must be an absolute http(s) URL such as http://localhost:5000/, but was '{url}'.", name);
    }
}
