using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>The postMessage traffic of a failed scenario, as one JSON document: the page's own log and what every frame received.</summary>
public static class MessageTrafficEvidence
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Reads the traffic; a document that cannot be read says why instead of failing the evidence.</summary>
    public static async Task<string> CollectAsync(IPage page)
    {
        var received = new JsonArray();
        foreach (var frame in page.Frames)
            received.Add(new JsonObject { ["frame"] = frame.Url, ["received"] = await ReadAsync(frame, "window.__e2eReceivedMessages") });
        var evidence = new JsonObject
        {
            ["customerPageLog"] = await ReadAsync(page.MainFrame, "window.__cdpEmbedLog"),
            ["receivedByFrame"] = received,
        };
        return evidence.ToJsonString(Indented);
    }

    private static async Task<JsonNode?> ReadAsync(IFrame frame, string expression)
    {
        try
        {
            return JsonNode.Parse(await frame.EvaluateAsync<string>($"() => JSON.stringify({expression} ?? null)"));
        }
        catch (Exception e) when (e is PlaywrightException or JsonException)
        {
            return JsonValue.Create($"unreadable: {e.Message}");
        }
    }
}
