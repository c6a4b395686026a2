using Cdp.TicketE2E.Fakes.Http;
using Cdp.TicketE2E.Fakes.Store;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Cdp.TicketE2E.Fakes.Crm;

/// <summary>
/// The fake CRM's web side: the create-ticket embed page and CRM's create API behind it. The form has no CDP token
/// (sign-in inside the frame is still open, OQ-2), so a create is attributed to the tenant of the customer it names.
/// </summary>
internal static class CrmRoutes
{
    public const string EmbedPath = "/embed/ticket/create";
    public const string CreateTicketPath = "/api/tickets";
    public const string SessionPath = "/api/session";

    public static void Register(WireMockServer server, FakeStore store, string embedHtml)
    {
        server.Given(Request.Create().WithPath(EmbedPath).UsingGet())
            .WithTitle("crm: embed page")
            .RespondWith(Response.Create().WithCallback(_ => JsonResponses.Text(200, "text/html; charset=utf-8", embedHtml)));

        // The form's sign-in (OQ-2): whether it can act for the customer the host named in EMBED_INIT.
        server.Given(Request.Create().WithPath(SessionPath).UsingGet())
            .WithTitle("crm: form sign-in")
            .RespondWith(Response.Create().WithCallback(request =>
            {
                var customerId = Exchange.Query(request, "customerId");
                return Exchange.Recorded(store, store.TenantOfCustomer(customerId), request, store.EmbedSignInWorks(customerId)
                    ? JsonResponses.Json(200, new { signedIn = true })
                    : JsonResponses.Error(401, "CRM could not sign you in."));
            }));

        server.Given(Request.Create().WithPath(CreateTicketPath).UsingPost())
            .WithTitle("crm: create ticket")
            .RespondWith(Response.Create().WithCallback(request => CreateTicket(store, request)));
    }

    private static IResponseMessage CreateTicket(FakeStore store, IRequestMessage request)
    {
        var body = Exchange.JsonBody(request);
        var title = Exchange.Text(body, "title")?.Trim();
        var customerId = Blank(Exchange.Text(body, "customerId"));
        if (string.IsNullOrEmpty(title))
            return Exchange.Recorded(store, store.TenantOfCustomer(customerId), request, JsonResponses.Error(400, "A ticket needs a title."));
        var (ticket, status, tenant) = store.CreateFromEmbed(title, customerId, Blank(Exchange.Text(body, "embedSource")));
        return Exchange.Recorded(store, tenant, request, ticket is not null
            ? JsonResponses.Json(status, new { id = ticket.Id, title = ticket.Title })
            : JsonResponses.Error(status, $"The CRM could not create the ticket (HTTP {status})."));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
