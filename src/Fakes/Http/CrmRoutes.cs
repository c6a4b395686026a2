using Cdp.TicketE2E.Fakes.Backend;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Cdp.TicketE2E.Fakes.Http;

/// <summary>
/// The fake CRM's HTTP surface: the embed page, CRM's create API, and the CDP lead endpoints the host page calls.
/// Every dynamic route is a WireMock callback over the instance's <see cref="CrmBackendState"/>.
/// </summary>
internal static class CrmRoutes
{
    public const string EmbedPath = "/embed/ticket/create";
    public const string CreateTicketPath = "/api/tickets";
    public const string TicketsPath = "/v1/tickets";

    public static void Register(WireMockServer server, CrmBackendState state, string embedHtml)
    {
        server.Given(Request.Create().WithPath(EmbedPath).UsingGet())
            .WithTitle("embed page")
            .RespondWith(Response.Create().WithCallback(request =>
            {
                // Journaled before the page is answered, so once a browser shows the form the request is on record.
                state.RecordEmbedPageRequest(EmbedPageRequest.FromRawQuery(request.RawQuery));
                return JsonResponses.Text(200, "text/html; charset=utf-8", embedHtml);
            }));

        server.Given(Request.Create().WithPath(CreateTicketPath).UsingPost())
            .WithTitle("create ticket")
            .RespondWith(Response.Create().WithCallback(request => CreateTicket(state, request)));

        // The "associate existing" dialog of the customer page lists the tickets CRM holds to pick one.
        server.Given(Request.Create().WithPath(TicketsPath).UsingGet())
            .WithTitle("all tickets")
            .RespondWith(Response.Create().WithCallback(_ => JsonResponses.Json(200, state.AllTickets())));

        server.Given(Request.Create().WithPath(new RegexMatcher(@"^/v1/leads/[^/]+$")).UsingGet())
            .WithTitle("customer")
            .RespondWith(Response.Create().WithCallback(request => Customer(state, request)));

        server.Given(Request.Create().WithPath(new RegexMatcher(@"^/v1/leads/[^/]+/tickets$")).UsingGet())
            .WithTitle("associated tickets")
            .RespondWith(Response.Create().WithCallback(request =>
                JsonResponses.Json(200, state.TicketsAssociatedTo(Segment(request, 2)))));

        server.Given(Request.Create().WithPath(new RegexMatcher(@"^/v1/leads/[^/]+/tickets/[^/]+$")).UsingPost())
            .WithTitle("fallback association")
            .RespondWith(Response.Create().WithCallback(request => Associate(state, request)));
    }

    private static IResponseMessage CreateTicket(CrmBackendState state, IRequestMessage request)
    {
        var body = CreateTicketRequest.Parse(request.Body);
        if (body is null || string.IsNullOrWhiteSpace(body.Title))
            return JsonResponses.Error(400, "A ticket needs a title.");

        var result = state.CreateTicket(body.Title.Trim(), Blank(body.CustomerId), Blank(body.EmbedSource));
        return result.Ticket is { } ticket
            ? JsonResponses.Json(result.Status, new { id = ticket.Id, title = ticket.Title })
            : JsonResponses.Error(result.Status, $"The CRM could not create the ticket (HTTP {result.Status}).");
    }

    private static IResponseMessage Customer(CrmBackendState state, IRequestMessage request)
    {
        var customerId = Segment(request, 2);
        return state.CustomerName(customerId) is { } name
            ? JsonResponses.Json(200, new { id = customerId, name })
            : JsonResponses.Error(404, $"No customer {customerId}.");
    }

    private static IResponseMessage Associate(CrmBackendState state, IRequestMessage request)
    {
        var contactId = Segment(request, 2);
        var ticketId = Segment(request, 4);
        var status = state.AssociateFromFallback(contactId, ticketId);
        return status switch
        {
            >= 200 and < 300 => JsonResponses.Json(status, new { }),
            404 => JsonResponses.Error(404, $"No ticket {ticketId}."),
            _ => JsonResponses.Error(status, $"The association of {ticketId} to {contactId} failed (HTTP {status})."),
        };
    }

    // Path "/v1/leads/{contact_id}/tickets/{ticket_id}" splits into ["v1", "leads", contact, "tickets", ticket].
    private static string Segment(IRequestMessage request, int index) =>
        Uri.UnescapeDataString(request.AbsolutePath.Trim('/').Split('/')[index]);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
