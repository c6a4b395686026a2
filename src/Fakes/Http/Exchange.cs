using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cdp.TicketE2E.Fakes.Store;
using WireMock;

namespace Cdp.TicketE2E.Fakes.Http;

/// <summary>Reading a request (token, path segments, query, JSON body) and journaling the exchange for its tenant.</summary>
internal static class Exchange
{
    // Bodies beyond this are cut: a journal is read next to a failed scenario, not replayed.
    private const int MaxBodyLength = 400;

    /// <summary>The bearer token of the Authorization header; null when there is none.</summary>
    public static string? BearerToken(IRequestMessage request)
    {
        var header = request.Headers?.FirstOrDefault(h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        return header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }

    /// <summary>A path segment, decoded: "/v1/leads/{id}/tickets" has "v1" at 0 and the id at 2.</summary>
    public static string Segment(IRequestMessage request, int index) =>
        Uri.UnescapeDataString(request.AbsolutePath.Trim('/').Split('/')[index]);

    /// <summary>A query parameter's first value; null when absent.</summary>
    public static string? Query(IRequestMessage request, string name) =>
        request.Query is { } query && query.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;

    /// <summary>The body as a JSON object; null when it is empty or not an object.</summary>
    public static JsonObject? JsonBody(IRequestMessage request)
    {
        if (string.IsNullOrWhiteSpace(request.Body)) return null;
        try
        {
            return JsonNode.Parse(request.Body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A string field of a JSON object; null when absent or not a string.</summary>
    public static string? Text(JsonObject? body, string name) =>
        body?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>A list-of-strings field; null when absent or not such a list.</summary>
    public static IReadOnlyList<string>? Texts(JsonObject? body, string name) =>
        body?[name] is JsonArray array && array.All(i => i is JsonValue v && v.TryGetValue<string>(out _))
            ? array.Select(i => i!.GetValue<string>()).ToList()
            : null;

    /// <summary>Journals the exchange in the tenant's request journal (when it has a tenant) and returns the response.</summary>
    public static IResponseMessage Recorded(FakeStore store, string? tenant, IRequestMessage request, IResponseMessage response)
    {
        if (tenant is null) return response;
        var line = new StringBuilder()
            .Append(DateTime.Now.ToString("HH:mm:ss.fff")).Append(' ').Append(request.Method).Append(' ').Append(request.AbsolutePath)
            .Append(string.IsNullOrEmpty(request.RawQuery) ? "" : "?" + request.RawQuery.TrimStart('?'))
            .Append(" -> ").Append(response.StatusCode);
        AppendBody(line, "request", request.Body);
        AppendBody(line, "response", response.BodyData?.BodyAsString);
        store.Record(tenant, line.ToString());
        return response;
    }

    private static void AppendBody(StringBuilder line, string label, string? body)
    {
        if (string.IsNullOrEmpty(body)) return;
        var shown = body.Length > MaxBodyLength ? body[..MaxBodyLength] + "…" : body;
        line.Append(' ').Append(label).Append('=').Append(shown.ReplaceLineEndings(" "));
    }
}
