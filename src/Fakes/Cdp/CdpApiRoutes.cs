using Cdp.TicketE2E.Fakes.Http;
using Cdp.TicketE2E.Fakes.Store;
using WireMock;
using WireMock.Server;

namespace Cdp.TicketE2E.Fakes.Cdp;

/// <summary>
/// The fake CDP API (docs/fake-services.md): the signed-in user, customers, a customer's associated tickets, the
/// associate-existing picker and CDP's own association call. Every call needs the bearer token of a tenant's user.
/// </summary>
internal static class CdpApiRoutes
{
    public static void Register(WireMockServer server, FakeStore store)
    {
        SignedInRoute.Add(server, store, "GET", "^/v1/me$", "cdp: me", (_, user, _) =>
            JsonResponses.Json(200, new { user.Name, user.Permissions, user.Flags }));
        SignedInRoute.Add(server, store, "GET", "^/v1/leads/[^/]+$", "cdp: customer", (tenant, _, request) =>
            store.CustomerName(tenant, Exchange.Segment(request, 2)) is { } name
                ? JsonResponses.Json(200, new { id = Exchange.Segment(request, 2), name })
                : NoCustomer(request));
        SignedInRoute.Add(server, store, "GET", "^/v1/leads/[^/]+/tickets$", "cdp: associated tickets", (tenant, _, request) =>
            store.CustomerName(tenant, Exchange.Segment(request, 2)) is null
                ? NoCustomer(request)
                : JsonResponses.Json(200, store.TicketsOf(tenant, Exchange.Segment(request, 2)).Select(Summary)));
        SignedInRoute.Add(server, store, "POST", "^/v1/leads/[^/]+/tickets/[^/]+$", "cdp: fallback association", (tenant, _, request) =>
            Associated(store.AssociateFromCdp(tenant, Exchange.Segment(request, 2), Exchange.Segment(request, 4)), request));
        SignedInRoute.Add(server, store, "GET", "^/v1/tickets$", "cdp: tenant tickets", (tenant, _, _) =>
            JsonResponses.Json(200, store.TenantTickets(tenant).Select(Summary)));
    }


    private static TicketSummary Summary(FakeTicket ticket) => new(ticket.Id, ticket.Title);

    private static IResponseMessage NoCustomer(IRequestMessage request) =>
        JsonResponses.Error(404, $"No customer {Exchange.Segment(request, 2)} for this user.");

    private static IResponseMessage Associated(int status, IRequestMessage request) => status switch
    {
        200 => JsonResponses.Json(200, new { }),
        404 => JsonResponses.Error(404, $"No ticket {Exchange.Segment(request, 4)} or customer {Exchange.Segment(request, 2)} for this user."),
        _ => JsonResponses.Error(status, $"The association of {Exchange.Segment(request, 4)} to {Exchange.Segment(request, 2)} failed (HTTP {status})."),
    };
}
