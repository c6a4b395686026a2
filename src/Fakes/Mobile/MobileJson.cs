using Cdp.TicketE2E.Fakes.Http;
using WireMock;

namespace Cdp.TicketE2E.Fakes.Mobile;

/// <summary>The v2.8 API's response shapes: snake_case fields, lists wrapped in <c>data</c> like CRM's list endpoints.</summary>
internal static class MobileJson
{
    public static object Shape(MobileTicket ticket) =>
        new Dictionary<string, object> { ["id"] = ticket.Id, ["name"] = ticket.Title, ["qontak_customer_ids"] = ticket.CustomerIds };

    public static IResponseMessage Ticket(int status, MobileTicket ticket) => JsonResponses.Json(status, Shape(ticket));

    public static IResponseMessage Ok<T>(IEnumerable<T> items) => JsonResponses.Json(200, new { data = items.ToArray() });
}
