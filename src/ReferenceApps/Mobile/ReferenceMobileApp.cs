using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Cdp.TicketE2E.ReferenceApps.Mobile;

/// <summary>
/// The reference mobile app, an executable spec of the mobile PRD: the contact detail, its Others tab with the ticket
/// association summary, the "From Existing / Create New" sheet and the create ticket screen, as a small mobile web app
/// driven through Appium's Chromium driver in mobile emulation. One instance serves a run (any contact, any signed-in
/// user) on a free port of 127.0.0.1.
/// </summary>
public sealed class ReferenceMobileApp : IAsyncDisposable
{
    private readonly LoopbackHost host;

    private ReferenceMobileApp(LoopbackHost host, MobileAppSettings settings)
    {
        this.host = host;
        Settings = settings;
    }

    /// <summary><c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseUrl => host.BaseUrl;

    /// <summary>The settings the app was started with.</summary>
    public MobileAppSettings Settings { get; }

    /// <summary>The app opened on a contact's detail, <c>{BaseUrl}contacts/{id}</c> (a deep link, as a device run would use).</summary>
    public Uri ContactScreen(string contactId) => new(BaseUrl, "contacts/" + Uri.EscapeDataString(contactId));

    /// <summary>Starts the app on a free port of 127.0.0.1.</summary>
    /// <exception cref="ArgumentException">A setting cannot work (see <see cref="MobileAppSettings.Validate"/>).</exception>
    /// <exception cref="InvalidOperationException">The loopback port could not be bound.</exception>
    public static async Task<ReferenceMobileApp> StartAsync(MobileAppSettings settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        return new ReferenceMobileApp(await LoopbackHost.StartAsync("ReferenceMobileApp", app => MapRoutes(app, settings), ct), settings);
    }

    /// <summary>Stops the server and releases its port.</summary>
    public ValueTask DisposeAsync() => host.DisposeAsync();

    /// <summary>A blank page of the app's origin, where a session is put in place before the app opens (sign-in).</summary>
    public Uri SignInPage => new(BaseUrl, "signin");

    private static void MapRoutes(WebApplication app, MobileAppSettings settings)
    {
        app.MapGet("/signin", () => Results.Content("<!doctype html><title>Signing in</title>", "text/html; charset=utf-8"));
        app.MapGet("/contacts/{contactId}", (string contactId, HttpResponse response) =>
        {
            response.Headers.CacheControl = "no-store";
            // Routing decodes everything but "%2F"; finish the job so the app gets the id ContactScreen() escaped.
            return Results.Content(ContactScreenHtml.Render(settings, Uri.UnescapeDataString(contactId)), "text/html; charset=utf-8");
        });
        app.MapGet("/assets/{fileName}", (string fileName) =>
            MobileAssets.ServedText(fileName) is { } text ? Results.Content(text, MobileAssets.ContentType(fileName)) : Results.NotFound());
    }
}
