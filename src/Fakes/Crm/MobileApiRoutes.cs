using Cdp.TicketE2E.Fakes.Http;
using Cdp.TicketE2E.Fakes.Store;
using WireMock;
using WireMock.Server;

namespace Cdp.TicketE2E.Fakes.Crm;

/// <summary>
/// CRM's v2.8 API as the mobile app calls it, snake_case like CRM's own. <c>POST</c> and <c>PUT /v2.8/tickets</c> are
/// the mobile PRD's; the rest are the reference app's choice (the real app's calls are not in the sources). Every call
/// needs the bearer token of a tenant's user.
/// </summary>
internal static class MobileApiRoutes
{
    public static void Register(WireMockServer server, FakeStore store)
    {
        SignedInRoute.Add(server, store, "GET", "^/v2\\.8/me$", "mobile: me", (_, user, _) => JsonResponses.Json(200, new Dictionary<string, object>
        {
            ["name"] = user.Name, ["permissions"] = user.Permissions, ["feature_flags"] = user.Flags,
        }));
        SignedInRoute.Add(server, store, "GET", "^/v2\\.8/customers/[^/]+$", "mobile: customer", (tenant, _, request) =>
            store.CustomerName(tenant, Exchange.Segment(request, 2)) is { } name
                ? JsonResponses.Json(200, new { id = Exchange.Segment(request, 2), name })
                : JsonResponses.Error(404, $"No customer {Exchange.Segment(request, 2)} for this user."));
        SignedInRoute.Add(server, store, "GET", "^/v2\\.8/customers$", "mobile: customer search", (tenant, _, request) =>
            Data(store.SearchCustomers(tenant, Exchange.Query(request, "search") ?? "").Select(c => new { id = c.Id, name = c.Name })));
        SignedInRoute.Add(server, store, "POST", "^/v2\\.8/tickets$", "mobile: create ticket", (tenant, _, request) => Create(store, tenant, request));
        SignedInRoute.Add(server, store, "PUT", "^/v2\\.8/tickets/[^/]+$", "mobile: association update", (tenant, _, request) => Update(store, tenant, request));
        SignedInRoute.Add(server, store, "GET", "^/v2\\.8/tickets$", "mobile: tickets", (tenant, _, request) =>
            Exchange.Query(request, "qontak_customer_id") is { Length: > 0 } customerId
                ? Data(store.TicketsOf(tenant, customerId).Select(t => new { id = t.Id, name = t.Title }))
                : Data(store.TenantTickets(tenant).Select(Shape)));
    }


    private static IResponseMessage Create(FakeStore store, string tenant, IRequestMessage request)
    {
        var body = Exchange.JsonBody(request);
        var name = Exchange.Text(body, "name")?.Trim();
        if (string.IsNullOrEmpty(name)) return JsonResponses.Error(400, "A ticket needs a name.");
        var creation = store.CreateFromMobile(tenant, name, Exchange.Texts(body, "qontak_customer_ids") ?? [], Exchange.Text(body, "pipeline_id"));
        return creation.Ticket is { } ticket
            ? JsonResponses.Json(creation.StatusAnswered, Shape(ticket))
            : JsonResponses.Error(creation.StatusAnswered, $"The CRM could not create the ticket (HTTP {creation.StatusAnswered}).");
    }

    private static IResponseMessage Update(FakeStore store, string tenant, IRequestMessage request)
    {
        var ticketId = Exchange.Segment(request, 2);
        if (Exchange.Texts(Exchange.JsonBody(request), "qontak_customer_ids") is not { } customerIds)
            return JsonResponses.Error(400, "The update needs qontak_customer_ids, a list of customer ids.");
        var (ticket, status) = store.UpdateFromMobile(tenant, ticketId, customerIds);
        return ticket is not null
            ? JsonResponses.Json(status, Shape(ticket))
            : JsonResponses.Error(status, status == 404 ? $"No ticket {ticketId}." : $"The update of {ticketId} failed (HTTP {status}).");
    }

    private static Dictionary<string, object> Shape(FakeTicket ticket) =>
        new() { ["id"] = ticket.Id, ["name"] = ticket.Title, ["qontak_customer_ids"] = ticket.CustomerIds };

    private static IResponseMessage Data<T>(IEnumerable<T> items) => JsonResponses.Json(200, new { data = items.ToArray() });
}
