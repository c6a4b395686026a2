using Cdp.TicketE2E.Fakes.Cdp;
using Cdp.TicketE2E.Fakes.Control;
using Cdp.TicketE2E.Fakes.Crm;
using Cdp.TicketE2E.Fakes.Embed;
using Cdp.TicketE2E.Fakes.Store;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;

namespace Cdp.TicketE2E.Fakes;

/// <summary>
/// The fake CRM and the fake CDP API, running in this process over one tenant store (docs/fake-services.md): started
/// by a run for itself on free ports, or by <c>./e2e fakes</c> on fixed ones for separately started apps.
/// </summary>
public sealed class FakeServices : IAsyncDisposable
{
    private readonly WireMockServer crm;
    private readonly WireMockServer cdpApi;
    private int disposed;

    private FakeServices(WireMockServer crm, WireMockServer cdpApi, FakeServicesOptions options)
    {
        this.crm = crm;
        this.cdpApi = cdpApi;
        CrmUrl = new UriBuilder(options.CrmUrl) { Port = crm.Ports[0] }.Uri;
        CdpApiUrl = new UriBuilder(options.CdpApiUrl) { Port = cdpApi.Ports[0] }.Uri;
    }

    /// <summary>The fake CRM, e.g. <c>http://localhost:4510/</c>.</summary>
    public Uri CrmUrl { get; }

    /// <summary>The fake CDP API, e.g. <c>http://127.0.0.1:4520/</c>.</summary>
    public Uri CdpApiUrl { get; }

    /// <summary>Starts both services.</summary>
    /// <exception cref="ArgumentException">The options cannot work; the message says which and why.</exception>
    /// <exception cref="InvalidOperationException">A port could not be bound (in use, or not allowed).</exception>
    public static Task<FakeServices> StartAsync(FakeServicesOptions options)
    {
        if (options.Problem() is { } problem) throw new ArgumentException(problem, nameof(options));
        var store = new FakeStore();
        var crm = Start("fake CRM", options.CrmUrl, options.BindAddress);
        WireMockServer? cdpApi = null;
        try
        {
            cdpApi = Start("fake CDP API", options.CdpApiUrl, options.BindAddress);
            var services = new FakeServices(crm, cdpApi, options);
            object Health() => new { crm = services.CrmUrl, cdpApi = services.CdpApiUrl };
            CrmRoutes.Register(crm, store, EmbedPage.Render());
            MobileApiRoutes.Register(crm, store);
            CdpApiRoutes.Register(cdpApi, store);
            ControlRoutes.Register(crm, store, Health);
            ControlRoutes.Register(cdpApi, store, Health);
            return Task.FromResult(services);
        }
        catch
        {
            crm.Dispose();
            cdpApi?.Dispose();
            throw;
        }
    }

    /// <summary>A client of the services' control API (through the CDP API's address: 127.0.0.1, no name lookup).</summary>
    public FakeServicesClient Client() => new(CdpApiUrl);

    /// <summary>Stops both services and releases their ports.</summary>
    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
            foreach (var server in new[] { crm, cdpApi })
            {
                server.Stop();
                server.Dispose();
            }
        return ValueTask.CompletedTask;
    }

    private static WireMockServer Start(string name, Uri url, string bindAddress)
    {
        try
        {
            return WireMockServer.Start(new WireMockServerSettings
            {
                Urls = [$"http://{bindAddress}:{url.Port}"],
                // The pages call both services from another origin, with JSON bodies and a bearer token (preflighted).
                CorsPolicyOptions = CorsPolicyOptions.AllowAll,
                Logger = new WireMockNullLogger(),
                StartAdminInterface = false,
                // The tenants keep their own journals; WireMock's own log would only grow in a long-running service.
                MaxRequestLogCount = 0,
            });
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(
                $"The {name} could not listen on {bindAddress}:{url.Port} ({e.Message}). If the port is in use, stop what holds it " +
                "(another ./e2e fakes?) or configure another address (E2E:Fakes:CrmUrl / E2E:Fakes:CdpApiUrl).", e);
        }
    }
}
