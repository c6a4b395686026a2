using System.Text.Json;
using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>
/// The harness's own record of what each document of the scenario receives: every <c>message</c> (origin and data) and
/// every iframe <c>load</c>. An init script of the browser context installs it before any page script runs, in every
/// frame, cross-origin ones included, and its listeners run before the page's, so it works against any target: "the
/// page received X" never rests on the page's word.
/// </summary>
public static class MessageCapture
{
    /// <summary>The init script; idempotent per document.</summary>
    public const string Script = """
        (() => {
          if (window.__e2eCapture) return;
          const capture = (window.__e2eCapture = { received: [], frameLoads: 0 });
          window.addEventListener("message", (event) => {
            let data;
            try { data = JSON.parse(JSON.stringify(event.data ?? null)); } catch { data = String(event.data); }
            capture.received.push({ origin: event.origin, data });
          }, true);
          // Capture phase on the document (a load event never reaches the window): runs before the page's own
          // load handler on the iframe.
          document.addEventListener("load", (event) => {
            if (event.target instanceof HTMLIFrameElement) capture.frameLoads++;
          }, true);
        })();
        """;

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Waits until a document has received more than <paramref name="already"/> messages of <paramref name="type"/> (from
    /// <paramref name="origin"/>, when given); false when none more arrives within the timeout.
    /// </summary>
    public static async Task<bool> WaitForReceivedAsync(IFrame document, string type, string? origin = null, int already = 0)
    {
        try
        {
            await document.WaitForFunctionAsync(
                "([t, o, n]) => (window.__e2eCapture?.received ?? []).filter(m => m.data?.type === t && (o === null || m.origin === o)).length > n",
                new object?[] { type, origin, already });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>How many messages of <paramref name="type"/> (from <paramref name="origin"/>, when given) a document has received.</summary>
    public static async Task<int> CountReceivedAsync(IFrame document, string type, string? origin = null) =>
        (await ReceivedByAsync(document)).Count(m => m.Type == type && (origin is null || m.Origin == origin));

    /// <summary>The messages a document has received so far, in order.</summary>
    public static async Task<IReadOnlyList<ReceivedMessage>> ReceivedByAsync(IFrame document)
    {
        var json = await document.EvaluateAsync<string>("() => JSON.stringify(window.__e2eCapture?.received ?? [])");
        return JsonSerializer.Deserialize<List<ReceivedMessage>>(json, WebJson)!;
    }

    /// <summary>Waits until an iframe of the document has finished loading at least <paramref name="count"/> times.</summary>
    public static Task WaitForFrameLoadsAsync(IFrame document, int count) =>
        document.WaitForFunctionAsync("n => (window.__e2eCapture?.frameLoads ?? 0) >= n", count);
}

/// <summary>A message a document received: who sent it (origin) and what it carried.</summary>
public sealed record ReceivedMessage(string Origin, JsonElement Data)
{
    /// <summary>The envelope's type, or null when the data is not an envelope.</summary>
    public string? Type => Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
        ? t.GetString() : null;
}
