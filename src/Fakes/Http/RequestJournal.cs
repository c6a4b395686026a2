using System.Text;
using WireMock.Logging;

namespace Cdp.TicketE2E.Fakes.Http;

/// <summary>Renders WireMock's request log as plain text a person reads next to a failed scenario.</summary>
internal static class RequestJournal
{
    // Bodies beyond this are cut: the embed page's HTML would drown the API traffic that matters.
    private const int MaxBodyLength = 400;

    public static string Render(IEnumerable<ILogEntry> entries)
    {
        var text = new StringBuilder();
        var exchanges = entries
            .Where(e => e.RequestMessage is not null)
            .Select(e => (Request: e.RequestMessage!, Response: e.ResponseMessage))
            .OrderBy(e => e.Request.DateTime);
        foreach (var (request, response) in exchanges)
        {
            text.Append(request.DateTime.ToString("HH:mm:ss.fff"))
                .Append(' ').Append(request.Method)
                .Append(' ').Append(request.AbsolutePath).Append(Query(request.RawQuery))
                .Append(" -> ").Append(response?.StatusCode ?? "(no response)");
            AppendBody(text, "request", request.Body);
            AppendBody(text, "response", IsHtml(response) ? "(html page)" : response?.BodyData?.BodyAsString);
            text.AppendLine();
        }
        return text.Length == 0 ? "(no requests)" : text.ToString();
    }

    // WireMock's RawQuery carries its leading '?' (or is empty); do not rely on either.
    private static string Query(string? rawQuery) =>
        string.IsNullOrEmpty(rawQuery) ? "" : "?" + rawQuery.TrimStart('?');

    private static void AppendBody(StringBuilder text, string label, string? body)
    {
        if (string.IsNullOrEmpty(body))
            return;
        var shown = body.Length > MaxBodyLength ? body[..MaxBodyLength] + "…" : body;
        text.Append(' ').Append(label).Append('=').Append(shown.ReplaceLineEndings(" "));
    }

    private static bool IsHtml(WireMock.IResponseMessage? response) =>
        response?.Headers is { } headers
        && headers.TryGetValue("Content-Type", out var values)
        && values.Any(v => v.StartsWith("text/html", StringComparison.OrdinalIgnoreCase));
}
