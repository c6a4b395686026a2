using System.Text.Json;

namespace Cdp.TicketE2E.ReferenceApps.Web;

/// <summary>Renders the customer detail page: the HTML shell with the settings injected as a JSON config block.</summary>
internal static class CustomerPageHtml
{
    /// <summary>Iframe heights asked for by EMBED_RESIZE are clamped to this, so a runaway embed cannot grow the page forever.</summary>
    public const int MaxEmbedHeight = 1200;

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public static string Render(CdpHostSettings settings, string customerId)
    {
        var crmBase = WithTrailingSlash(settings.CrmBaseUrl);
        var config = new
        {
            customerId,
            crmOrigin = crmBase.GetLeftPart(UriPartial.Authority),
            crmEmbedUrl = new Uri(crmBase, settings.Defects.Contains(SeededDefect.NoEmbedSourceMarker)
                ? "embed/ticket/create"
                : "embed/ticket/create?embed_source=cdp").AbsoluteUri,
            apiBaseUrl = WithTrailingSlash(settings.ApiBaseUrl).AbsoluteUri,
            settings.UserCanCreateTickets,
            settings.CreateTicketFlagOn,
            settings.CrmAssociatesServerSide,
            defects = settings.Defects.Select(d => d.ToString()).Order(StringComparer.Ordinal).ToArray(),
            maxEmbedHeight = MaxEmbedHeight,
        };
        // The default encoder escapes '<', '>' and '&', so no value can close the <script> block it sits in.
        return WebAssets.RequiredText("customer-page.html")
            .Replace("{{CONFIG_JSON}}", JsonSerializer.Serialize(config, WebJson), StringComparison.Ordinal);
    }

    // Relative URLs resolve against the last '/', so "http://crm/app" would lose "app" without it.
    private static Uri WithTrailingSlash(Uri url) =>
        url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
}
