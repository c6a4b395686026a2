using System.Text.Json;
using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>
/// Records every message each document of the scenario receives, before its own scripts run (an init script of the
/// browser context, so it works in cross-origin frames and against any target). The record is the harness's own,
/// so "the form received EMBED_INIT" does not rest on the form's word.
/// </summary>
public static class MessageCapture
{
    /// <summary>The init script; idempotent per document.</summary>
    public const string Script = """
        (() => {
          if (window.__e2eReceivedMessages) return;
          const received = (window.__e2eReceivedMessages = []);
          window.addEventListener("message", (event) => {
            let data;
            try { data = JSON.parse(JSON.stringify(event.data ?? null)); } catch { data = String(event.data); }
            received.push({ origin: event.origin, data });
          }, true);
        })();
        """;

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    /// <summary>Waits until a document has received a message of <paramref name="type"/>; false when none arrives within the timeout.</summary>
    public static async Task<bool> WaitForReceivedAsync(IFrame document, string type)
    {
        try
        {
            await document.WaitForFunctionAsync(
                "t => (window.__e2eReceivedMessages || []).some(m => m.data && m.data.type === t)", type);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>The messages a document has received so far, in order.</summary>
    public static async Task<IReadOnlyList<ReceivedMessage>> ReceivedByAsync(IFrame document)
    {
        var json = await document.EvaluateAsync<string>("() => JSON.stringify(window.__e2eReceivedMessages || [])");
        return JsonSerializer.Deserialize<List<ReceivedMessage>>(json, WebJson)!;
    }
}

/// <summary>A message a document received: who sent it (origin) and what it carried.</summary>
public sealed record ReceivedMessage(string Origin, JsonElement Data)
{
    /// <summary>The envelope's type, or null when the data is not an envelope.</summary>
    public string? Type => Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
        ? t.GetString() : null;
}
