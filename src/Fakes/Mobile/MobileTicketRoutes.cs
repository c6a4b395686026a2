using Cdp.TicketE2E.Fakes.Http;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Cdp.TicketE2E.Fakes.Mobile;

/// <summary>
/// CRM's v2.8 ticket API as the mobile app calls it. <c>POST</c> and <c>PUT /v2.8/tickets</c> are the PRD's;
/// the two <c>GET</c>s are the reference app's choice (the real app's summary call is not in the sources):
/// <c>GET /v2.8/tickets?qontak_customer_id=</c> lists a contact's tickets, plain <c>GET /v2.8/tickets</c> lists all
/// (the From Existing picker), and <c>GET /v2.8/customers?search=</c> finds contacts for the create screen.
/// </summary>
internal static class MobileTicketRoutes
{
    public const string TicketsPath = "/v2.8/tickets";
    public const string CustomersPath = "/v2.8/customers";

    public static void Register(WireMockServer server, MobileTicketBook book, Func<string, IReadOnlyList<TicketSummary>> associatedTo)
    {
        server.Given(Request.Create().WithPath(TicketsPath).UsingPost())
            .WithTitle("mobile: create ticket")
            .RespondWith(Response.Create().WithCallback(request => Create(book, request)));

        server.Given(Request.Create().WithPath(new RegexMatcher(@"^/v2\.8/tickets/[^/]+$")).UsingPut())
            .WithTitle("mobile: association update")
            .RespondWith(Response.Create().WithCallback(request => Update(book, request)));

        server.Given(Request.Create().WithPath(TicketsPath).UsingGet())
            .WithTitle("mobile: tickets")
            .RespondWith(Response.Create().WithCallback(request => List(book, associatedTo, request)));

        server.Given(Request.Create().WithPath(CustomersPath).UsingGet())
            .WithTitle("mobile: customer search")
            .RespondWith(Response.Create().WithCallback(request => MobileJson.Ok(
                book.SearchContacts(Query(request, "search") ?? "").Select(c => new { id = c.Id, name = c.Name }))));
    }

    private static IResponseMessage Create(MobileTicketBook book, IRequestMessage request)
    {
        var body = MobileTicketBody.Parse(request.Body);
        if (body is null || string.IsNullOrWhiteSpace(body.Name))
            return JsonResponses.Error(400, "A ticket needs a name.");
        var creation = book.Create(body.Name.Trim(), body.QontakCustomerIds ?? []);
        return creation.Ticket is { } ticket
            ? MobileJson.Ticket(creation.StatusAnswered, ticket)
            : JsonResponses.Error(creation.StatusAnswered, $"The CRM could not create the ticket (HTTP {creation.StatusAnswered}).");
    }

    private static IResponseMessage Update(MobileTicketBook book, IRequestMessage request)
    {
        var ticketId = Uri.UnescapeDataString(request.AbsolutePath.Split('/')[^1]);
        var body = MobileTicketBody.Parse(request.Body);
        if (body?.QontakCustomerIds is null)
            return JsonResponses.Error(400, "The update needs qontak_customer_ids.");
        var (ticket, status) = book.Update(ticketId, body.QontakCustomerIds);
        return ticket is not null
            ? MobileJson.Ticket(status, ticket)
            : JsonResponses.Error(status, status == 404 ? $"No ticket {ticketId}." : $"The update of {ticketId} failed (HTTP {status}).");
    }

    private static IResponseMessage List(MobileTicketBook book, Func<string, IReadOnlyList<TicketSummary>> associatedTo, IRequestMessage request)
    {
        // A contact's summary reads the shared links, the same truth FakeCrm.TicketsAssociatedTo gives the steps.
        if (Query(request, "qontak_customer_id") is { Length: > 0 } customerId)
            return MobileJson.Ok(associatedTo(customerId).Select(t => new { id = t.Id, name = t.Title }));
        return MobileJson.Ok(book.All().Select(MobileJson.Shape));
    }

    private static string? Query(IRequestMessage request, string name) =>
        request.Query is { } query && query.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;
}
