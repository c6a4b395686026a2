using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cdp.TicketE2E.Fakes.Mobile;

/// <summary>The JSON body the app sends to <c>POST</c> and <c>PUT /v2.8/tickets</c> (snake_case, like CRM's v2.8 API).</summary>
internal sealed record MobileTicketBody(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("qontak_customer_ids")] IReadOnlyList<string>? QontakCustomerIds)
{
    /// <summary>Parses the body; null when it is not a JSON object of this shape, so the route can answer 400.</summary>
    public static MobileTicketBody? Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            return JsonSerializer.Deserialize<MobileTicketBody>(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
