using Cdp.TicketE2E.ReferenceApps.Web;

namespace Cdp.TicketE2E.ReferenceApps.Mobile;

/// <summary>What the reference mobile app is configured with; all of it reaches the app as a JSON config block.</summary>
/// <param name="ApiBaseUrl">The CRM serving <c>/v2.8/tickets</c> and <c>/v1/leads/{id}</c> (the FakeCrm in the default target).</param>
/// <param name="CanUpdate">The user holds <c>permission.update</c>, which gates "Create New".</param>
/// <param name="TicketFlagOn">The mobile ticket feature flag (its real name is unknown: UNK-flags).</param>
/// <param name="PrefillSupported">OQ-M2: the create screen accepts the contact pre-filled as a customer.</param>
/// <param name="Defects">Seeded defects to start with (the mobile ones; web ones have no effect here); empty for the correct app.</param>
public sealed record MobileAppSettings(
    Uri ApiBaseUrl,
    bool CanUpdate,
    bool TicketFlagOn,
    bool PrefillSupported,
    IReadOnlySet<SeededDefect> Defects)
{
    /// <summary>The correct app with "Create New" offered and pre-fill supported. Adjust with a <c>with</c> expression.</summary>
    public static MobileAppSettings Enabled(Uri apiBaseUrl) => new(apiBaseUrl, true, true, true, new HashSet<SeededDefect>());

    /// <summary>Fails fast, naming the setting, when the app could not work.</summary>
    /// <exception cref="ArgumentException">The API URL is not absolute http(s), or <see cref="Defects"/> is null.</exception>
    public void Validate()
    {
        if (ApiBaseUrl is null || !ApiBaseUrl.IsAbsoluteUri || (ApiBaseUrl.Scheme != Uri.UriSchemeHttp && ApiBaseUrl.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"ApiBaseUrl must be an absolute http(s) URL such as http://localhost:5000/, but was '{ApiBaseUrl}'.", nameof(ApiBaseUrl));
        if (Defects is null)
            throw new ArgumentException("Defects must not be null; pass an empty set for the correct behaviour.", nameof(Defects));
    }
}
