using Cdp.TicketE2E.Fakes.Backend;
using Cdp.TicketE2E.Fakes.Embed;
using Cdp.TicketE2E.Fakes.Http;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;

namespace Cdp.TicketE2E.Fakes;

/// <summary>
/// A fake CRM for one scenario, on its own free loopback port: it serves the create-ticket embed page,
/// CRM's ticket create API and CDP's lead/ticket endpoints, and journals every call so steps can assert on them.
/// </summary>
/// <remarks>
/// The server binds 127.0.0.1 but is addressed as <c>localhost</c>, so its origin differs from a host page
/// served on 127.0.0.1: the two-origin postMessage flow is real in the browser.
/// </remarks>
public sealed class FakeCrm : IAsyncDisposable, IDisposable
{
    private readonly WireMockServer _server;
    private readonly CrmBackendState _state;
    private int _disposed;

    private FakeCrm(WireMockServer server, CrmBackendState state, int port)
    {
        _server = server;
        _state = state;
        Port = port;
        Mobile = Fakes.Mobile.MobileTicketApi.Register(server, state);
        Origin = $"http://localhost:{port}";
        BaseUrl = new Uri(Origin + "/");
        EmbedUrl = new Uri(BaseUrl, CrmRoutes.EmbedPath.TrimStart('/'));
    }

    /// <summary>Starts a fake CRM on a free loopback port.</summary>
    /// <param name="options">Embed behaviour; <c>null</c> for the defaults.</param>
    /// <param name="ct">Cancels before the server starts.</param>
    /// <exception cref="InvalidOperationException">The loopback port could not be bound.</exception>
    public static Task<FakeCrm> StartAsync(FakeCrmOptions? options = null, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var state = new CrmBackendState();
        var server = StartServer();
        try
        {
            CrmRoutes.Register(server, state, EmbedPage.Render(options ?? new FakeCrmOptions()));
            return Task.FromResult(new FakeCrm(server, state, server.Ports[0]));
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>The port the server listens on (loopback only).</summary>
    public int Port { get; }

    /// <summary><c>http://localhost:{port}/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary><c>http://localhost:{port}</c>: the origin the host page must talk to and accept messages from.</summary>
    public string Origin { get; }

    /// <summary>The create-ticket embed page, <c>{BaseUrl}embed/ticket/create</c>.</summary>
    public Uri EmbedUrl { get; }

    /// <summary>CRM's v2.8 ticket API for the mobile app: its journals and faults. See Mobile/MobileTicketApi.</summary>
    public Mobile.MobileTicketApi Mobile { get; }

    /// <summary>Makes <c>GET /v1/leads/{customerId}</c> answer with this name.</summary>
    public void GivenCustomer(string customerId, string name) => _state.SetCustomer(customerId, name);

    /// <summary>OQ-6: when on, the create API links a new ticket to the customer from EMBED_INIT itself. Off by default.</summary>
    public void GivenCrmAssociatesServerSide(bool associates = true) => _state.SetAssociatesServerSide(associates);

    /// <summary>Makes the create API answer <paramref name="status"/>, so the embed posts <c>TICKET_CREATE_ERROR</c>.</summary>
    public void GivenTicketCreationFails(int status = 500) => _state.SetCreationFailure(RequireError(status));

    /// <summary>Undoes <see cref="GivenTicketCreationFails"/>.</summary>
    public void GivenTicketCreationSucceeds() => _state.SetCreationFailure(null);

    /// <summary>Makes the fallback association endpoint answer <paramref name="status"/> (the call is still journaled).</summary>
    public void GivenAssociationFails(int status = 500) => _state.SetAssociationFailure(RequireError(status));

    /// <summary>Undoes <see cref="GivenAssociationFails"/>.</summary>
    public void GivenAssociationSucceeds() => _state.SetAssociationFailure(null);

    /// <summary>Seeds a ticket already in the customer's associated-tickets list.</summary>
    public void GivenTicketAlreadyAssociated(string customerId, string ticketId, string title) =>
        _state.SeedAssociatedTicket(customerId, ticketId, title);

    /// <summary>Makes a ticket exist in CRM, linked to no customer, with the next free id.</summary>
    /// <returns>The ticket, with the id the fake assigned.</returns>
    public TicketSummary GivenTicket(string title) => _state.SeedTicket(title);

    /// <summary>Every ticket the create API made, in order, with the customer context it received.</summary>
    public IReadOnlyList<CreatedTicket> CreatedTickets => _state.CreatedTickets();

    /// <summary>Every fallback association call, in order, with the status answered.</summary>
    public IReadOnlyList<AssociationCall> AssociationCalls => _state.AssociationCalls();

    /// <summary>The fake backend's truth: the tickets linked to a customer, in the order they were linked.</summary>
    public IReadOnlyList<TicketSummary> TicketsAssociatedTo(string customerId) => _state.TicketsAssociatedTo(customerId);

    /// <summary>Every request for the embed page, in order, with its query (where the embed-source marker travels).</summary>
    public IReadOnlyList<EmbedPageRequest> EmbedPageRequests => _state.EmbedPageRequests();

    /// <summary>Every request so far (method, path, status, bodies), one per line, for failure evidence.</summary>
    public string RequestJournal() => Http.RequestJournal.Render(_server.LogEntries);

    /// <summary>Stops the server and releases its port.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        _server.Stop();
        _server.Dispose();
    }

    /// <inheritdoc cref="Dispose"/>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static WireMockServer StartServer()
    {
        try
        {
            return WireMockServer.Start(new WireMockServerSettings
            {
                Urls = ["http://127.0.0.1:0"],
                // The host page calls the lead endpoints from another origin, with JSON bodies (preflighted).
                CorsPolicyOptions = CorsPolicyOptions.AllowAll,
                Logger = new WireMockNullLogger(),
                StartAdminInterface = false,
            });
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException(
                "FakeCrm could not start WireMock on a free port of 127.0.0.1. " +
                "Check that the loopback interface is up and that nothing forbids binding local ports " +
                $"(sandbox, firewall, exhausted ephemeral ports). Cause: {ex.Message}", ex);
        }
    }

    private static int RequireError(int status) => status is >= 400 and <= 599
        ? status
        : throw new ArgumentOutOfRangeException(nameof(status), status, "A failure status must be an HTTP error, 400-599.");
}
