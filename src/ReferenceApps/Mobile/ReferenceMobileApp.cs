using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Cdp.TicketE2E.ReferenceApps.Mobile;

/// <summary>
/// The reference mobile app, an executable spec of the mobile PRD: the contact detail, its Others tab with the ticket
/// association summary, the "From Existing / Create New" sheet and the create ticket screen, as a small mobile web app
/// driven through Appium's Chromium driver in mobile emulation. One instance per scenario on a free port of 127.0.0.1.
/// </summary>
public sealed class ReferenceMobileApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    private ReferenceMobileApp(WebApplication app, Uri baseUrl, MobileAppSettings settings)
    {
        _app = app;
        BaseUrl = baseUrl;
        Settings = settings;
    }

    /// <summary><c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseUrl { get; }

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

        // The empty builder reads no appsettings, environment variables or logging providers.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        MapRoutes(app, settings);
        try
        {
            await app.StartAsync(ct);
        }
        catch (IOException ex)
        {
            await app.DisposeAsync();
            throw new InvalidOperationException(
                $"ReferenceMobileApp could not bind a free port on 127.0.0.1. Check the loopback interface and local port rules. Cause: {ex.Message}", ex);
        }
        var address = app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new ReferenceMobileApp(app, new Uri(address.TrimEnd('/') + "/"), settings);
    }

    /// <summary>Stops the server and releases its port.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static void MapRoutes(WebApplication app, MobileAppSettings settings)
    {
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
