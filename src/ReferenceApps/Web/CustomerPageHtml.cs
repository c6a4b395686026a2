using System.Text.Json;

namespace Cdp.TicketE2E.ReferenceApps.Web;

/// <summary>Renders the customer detail page: the HTML shell with the settings and the embed contract injected as JSON blocks.</summary>
internal static class CustomerPageHtml
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public static string Render(CdpHostSettings settings, string customerId)
    {
        var marker = $"{Uri.EscapeDataString(settings.EmbedSourceParameter)}={Uri.EscapeDataString(settings.EmbedSourceValue)}";
        var config = new
        {
            customerId,
            crmOrigin = settings.CrmEmbedUrl.GetLeftPart(UriPartial.Authority),
            crmEmbedUrl = settings.Defects.Contains(SeededDefect.NoEmbedSourceMarker)
                ? settings.CrmEmbedUrl.AbsoluteUri
                : new UriBuilder(settings.CrmEmbedUrl) { Query = marker }.Uri.AbsoluteUri,
            embedSource = settings.EmbedSourceValue,
            apiBaseUrl = WithTrailingSlash(settings.ApiBaseUrl).AbsoluteUri,
            settings.SessionKey,
            settings.CreatePermission,
            settings.TicketFlag,
            settings.ServerSideAssociationFlag,
            sandbox = settings.Defects.Contains(SeededDefect.NoSandbox) ? null : settings.SandboxTokens,
            defects = settings.Defects.Select(d => d.ToString()).Order(StringComparer.Ordinal).ToArray(),
            settings.ResizeMin,
            settings.ResizeMax,
        };
        // The default encoder escapes '<', '>' and '&', so no value can close the <script> block it sits in.
        return WebAssets.RequiredText("customer-page.html")
            .Replace("{{CONFIG_JSON}}", JsonSerializer.Serialize(config, WebJson), StringComparison.Ordinal)
            .Replace("{{CONTRACT_JSON}}", WebAssets.EmbedContractJson.Replace("</", "<\\/", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    // Relative URLs resolve against the last '/', so "http://api/cdp" would lose "cdp" without it.
    private static Uri WithTrailingSlash(Uri url) =>
        url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
}
