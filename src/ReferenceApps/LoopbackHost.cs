using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Cdp.TicketE2E.ReferenceApps;

/// <summary>
/// A quiet Kestrel app on a free port of 127.0.0.1: what every reference app runs on, one per scenario.
/// The empty builder reads no appsettings, environment variables or logging providers, so nothing on the
/// machine can move the port or make the host talk on the console.
/// </summary>
internal sealed class LoopbackHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private int disposed;

    private LoopbackHost(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    /// <summary><c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Starts an app with the given routes; <paramref name="appName"/> names it in a bind failure.</summary>
    public static async Task<LoopbackHost> StartAsync(string appName, Action<WebApplication> mapRoutes, CancellationToken ct)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        mapRoutes(app);
        try
        {
            await app.StartAsync(ct);
        }
        catch (IOException ex)
        {
            await app.DisposeAsync();
            throw new InvalidOperationException(
                $"{appName} could not bind a free port on 127.0.0.1. Check that the loopback interface is up " +
                $"and that nothing forbids binding local ports (sandbox, firewall). Cause: {ex.Message}", ex);
        }
        var address = app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new LoopbackHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Stops the server and releases its port; safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
