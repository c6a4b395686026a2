using System.Text.Json;

namespace Cdp.TicketE2E.ReferenceApps.Mobile;

/// <summary>Renders the app for one contact: the HTML shell with the settings injected as a JSON config block.</summary>
internal static class ContactScreenHtml
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public static string Render(MobileAppSettings settings, string contactId)
    {
        var apiBase = settings.ApiBaseUrl.AbsoluteUri.EndsWith('/') ? settings.ApiBaseUrl : new Uri(settings.ApiBaseUrl.AbsoluteUri + "/");
        var config = new
        {
            contactId,
            apiBaseUrl = apiBase.AbsoluteUri,
            settings.SessionKey,
            settings.UpdatePermission,
            settings.TicketFlag,
            settings.PrefillSupported,
            settings.PipelineId,
            defects = settings.Defects.Select(d => d.ToString()).Order(StringComparer.Ordinal).ToArray(),
        };
        // The default encoder escapes '<', '>' and '&', so no value can close the <script> block it sits in.
        return MobileAssets.RequiredText("app.html")
            .Replace("{{CONFIG_JSON}}", JsonSerializer.Serialize(config, WebJson), StringComparison.Ordinal);
    }
}
