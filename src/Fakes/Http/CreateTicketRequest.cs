using System.Text.Json;

namespace Cdp.TicketE2E.Fakes.Http;

/// <summary>The body the embed posts to <c>POST /api/tickets</c>.</summary>
internal sealed record CreateTicketRequest(string? Title, string? Description, string? CustomerId, string? EmbedSource)
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    /// <summary>Parses the body; <c>null</c> when it is not a JSON object, so the route can answer 400.</summary>
    public static CreateTicketRequest? Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return null;
        try
        {
            return JsonSerializer.Deserialize<CreateTicketRequest>(body, WebJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
