using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Cdp.TicketE2E.ReferenceApps.Web;

/// <summary>
/// The reference CDP web page, an executable spec of the web PRD: a customer detail page whose Tickets section
/// embeds the CRM create-ticket form. One instance per scenario on a free port of 127.0.0.1, with no console output.
/// </summary>
public sealed class ReferenceCdpHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    private ReferenceCdpHost(WebApplication app, Uri baseUrl, CdpHostSettings settings)
    {
        _app = app;
        BaseUrl = baseUrl;
        Settings = settings;
    }

    /// <summary><c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseUrl { get; }

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

        // The empty builder reads no appsettings, environment variables or logging providers:
        // nothing on the machine can move the port or make the host talk on the console.
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
                "ReferenceCdpHost could not bind a free port on 127.0.0.1. Check that the loopback interface is up " +
                $"and that nothing forbids binding local ports (sandbox, firewall). Cause: {ex.Message}", ex);
        }

        var address = app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new ReferenceCdpHost(app, new Uri(address.TrimEnd('/') + "/"), settings);
    }

    /// <summary>Stops the server and releases its port.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

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
