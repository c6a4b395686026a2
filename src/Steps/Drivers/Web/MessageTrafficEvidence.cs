using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>The postMessage traffic of a failed scenario, as one JSON document: what every frame received, by the harness's own capture.</summary>
public static class MessageTrafficEvidence
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Reads the traffic; a document that cannot be read says why instead of failing the evidence.</summary>
    public static async Task<string> CollectAsync(IPage page)
    {
        var received = new JsonArray();
        foreach (var frame in page.Frames)
            received.Add(new JsonObject { ["frame"] = frame.Url, ["received"] = await ReadAsync(frame) });
        return new JsonObject { ["receivedByFrame"] = received }.ToJsonString(Indented);
    }

    private static async Task<JsonNode?> ReadAsync(IFrame frame)
    {
        try
        {
            return JsonNode.Parse(await frame.EvaluateAsync<string>("() => JSON.stringify(window.__e2eCapture?.received ?? null)"));
        }
        catch (Exception e) when (e is PlaywrightException or JsonException)
        {
            return JsonValue.Create($"unreadable: {e.Message}");
        }
    }
}
