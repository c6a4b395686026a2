using Cdp.TicketE2E.ReferenceApps.Web;

namespace Cdp.TicketE2E.ReferenceApps.Mobile;

/// <summary>
/// What the reference mobile app is configured with for a whole run; it reaches the app as a JSON config block. What
/// differs per user (permission.update, the ticket flag) the app asks CRM for (<c>GET /v2.8/me</c>), as the real app would.
/// </summary>
/// <param name="ApiBaseUrl">The CRM serving <c>/v2.8/...</c> (the fake CRM).</param>
/// <param name="SessionKey">The localStorage key holding the signed-in user's API token.</param>
/// <param name="UpdatePermission">The permission gating "Create New" (mobile PRD: <c>permission.update</c>).</param>
/// <param name="TicketFlag">The ticket feature flag (its real name is unknown: UNK-flags).</param>
/// <param name="PrefillSupported">OQ-M2: the create screen accepts the contact pre-filled as a customer.</param>
/// <param name="PipelineId">The pipeline the create screen is opened for (<c>CreateTicketArgument(pipelineId)</c>).</param>
/// <param name="Defects">Seeded defects to start with (the mobile ones; web ones have no effect here); empty for the correct app.</param>
public sealed record MobileAppSettings(
    Uri ApiBaseUrl,
    string SessionKey,
    string UpdatePermission,
    string TicketFlag,
    bool PrefillSupported,
    string PipelineId,
    IReadOnlySet<SeededDefect> Defects)
{
    /// <summary>The correct app with pre-fill supported and the default names. Adjust with a <c>with</c> expression.</summary>
    public static MobileAppSettings Default(Uri apiBaseUrl) => new(apiBaseUrl, "crm.session", "permission.update", "ticket", true, "tickets", new HashSet<SeededDefect>());

    /// <summary>Fails fast, naming the setting, when the app could not work.</summary>
    /// <exception cref="ArgumentException">The API URL is not absolute http(s), a name is empty, or <see cref="Defects"/> is null.</exception>
    public void Validate()
    {
        if (ApiBaseUrl is null || !ApiBaseUrl.IsAbsoluteUri || (ApiBaseUrl.Scheme != Uri.UriSchemeHttp && ApiBaseUrl.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"ApiBaseUrl must be an absolute http(s) URL such as http://localhost:5000/, but was '{ApiBaseUrl}'.", nameof(ApiBaseUrl));
        foreach (var (name, value) in new[] { (nameof(SessionKey), SessionKey), (nameof(UpdatePermission), UpdatePermission), (nameof(TicketFlag), TicketFlag), (nameof(PipelineId), PipelineId) })
            if (string.IsNullOrWhiteSpace(value)) throw new ArgumentException($"{name} must not be empty.", name);
        if (Defects is null)
            throw new ArgumentException("Defects must not be null; pass an empty set for the correct behaviour.", nameof(Defects));
    }
}
