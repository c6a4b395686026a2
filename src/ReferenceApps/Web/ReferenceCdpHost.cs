using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Cdp.TicketE2E.ReferenceApps.Web;

/// <summary>
/// The reference CDP web page, an executable reading of the web PRD: a customer detail page whose Tickets section
/// embeds the CRM create-ticket form. One instance serves a whole run (any customer, any signed-in user) on a free
/// port of 127.0.0.1, with no console output.
/// </summary>
public sealed class ReferenceCdpHost : IAsyncDisposable
{
    private readonly LoopbackHost host;

    private ReferenceCdpHost(LoopbackHost host, CdpHostSettings settings)
    {
        this.host = host;
        Settings = settings;
    }

    /// <summary><c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseUrl => host.BaseUrl;

    /// <summary>The settings the page was started with.</summary>
    public CdpHostSettings Settings { get; }

    /// <summary>The customer detail page, <c>{BaseUrl}customers/{id}</c>.</summary>
    public Uri CustomerPage(string customerId) => new(BaseUrl, "customers/" + Uri.EscapeDataString(customerId));

    /// <summary>Starts the page on a free port of 127.0.0.1.</summary>
    /// <exception cref="ArgumentException">A setting cannot work (see <see cref="CdpHostSettings.Validate"/>).</exception>
    /// <exception cref="InvalidOperationException">The loopback port could not be bound.</exception>
    public static async Task<ReferenceCdpHost> StartAsync(CdpHostSettings settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        return new ReferenceCdpHost(await LoopbackHost.StartAsync("ReferenceCdpHost", app => MapRoutes(app, settings), ct), settings);
    }

    /// <summary>Stops the server and releases its port.</summary>
    public ValueTask DisposeAsync() => host.DisposeAsync();

    private static void MapRoutes(WebApplication app, CdpHostSettings settings)
    {
        app.MapGet("/customers/{customerId}", (string customerId, HttpResponse response) =>
        {
            response.Headers.CacheControl = "no-store";
            // Routing decodes everything but "%2F"; finish the job so the page gets the id CustomerPage() escaped.
            var id = Uri.UnescapeDataString(customerId);
            return Results.Content(CustomerPageHtml.Render(settings, id), "text/html; charset=utf-8");
        });

        app.MapGet("/assets/{fileName}", (string fileName) =>
            WebAssets.ServedText(fileName) is { } text
                ? Results.Content(text, WebAssets.ContentType(fileName))
                : Results.NotFound());
    }
}
