using System.Text;
using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Reporting.History;
using static Cdp.TicketE2E.Reporting.Output.Html.Html;

namespace Cdp.TicketE2E.Reporting.Output.Html;

/// <summary>
/// Renders <c>coverage.html</c>: one self-contained file (inline CSS and JS, no external asset) with the verdict,
/// the numbers, the gate's reasons, the requirement × platform matrix with filters and drill-down, the trend,
/// and the findings. Every text from features, errors, the catalog or the stream is HTML-encoded.
/// </summary>
public static class CoverageHtmlWriter
{
    /// <summary>The HTML text of a report.</summary>
    public static string Render(CoverageReport report, TrendView trend)
    {
        var html = new StringBuilder(64 * 1024);
        var verdict = report.Gate.Passed ? "PASSED" : "FAILED";
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        // Nothing leaves the file: no fetches, no external scripts, styles or fonts, even when opened from a server.
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self' file: data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">");
        html.Append($"<title>Lane-A coverage: {verdict} · run {E(report.Run.Run.Id)}</title><style>{HtmlStyles.Css}</style></head><body>");
        HtmlSummary.AppendVerdict(html, report);
        html.Append("<main>");
        HtmlSummary.AppendCards(html, report.Counts);
        HtmlSummary.AppendReasons(html, report);
        HtmlMatrix.Append(html, report, trend);
        HtmlTrend.Append(html, trend);
        HtmlFindings.Append(html, report);
        html.Append($"</main><script>{HtmlScript.Js}</script></body></html>");
        return html.ToString();
    }
}
