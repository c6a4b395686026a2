using System.Globalization;
using System.Text;
using Cdp.TicketE2E.Reporting.History;
using static Cdp.TicketE2E.Reporting.Output.Html.Html;

namespace Cdp.TicketE2E.Reporting.Output.Html;

/// <summary>The trend over recent runs: an inline SVG chart, what changed since the previous run, and the runs table.</summary>
internal static class HtmlTrend
{
    private const double Width = 720, Height = 200, Left = 40, Right = 12, Top = 12, Bottom = 26;

    private static readonly (string Css, string Label, Func<HistoryCounts, double> Value)[] Series =
    [
        ("l-ok", "requirements OK %", c => c.RequirementsOkPercent),
        ("l-cov", "spec coverage %", c => c.CoveragePercent),
        ("l-pass", "pass rate %", c => c.PassRatePercent),
    ];

    public static void Append(StringBuilder html, TrendView trend)
    {
        html.Append($"<section id=\"trend\" class=\"trend\" data-runs=\"{trend.Points.Count}\"><h2>Trend over the last {trend.Points.Count} run(s)</h2>");
        if (trend.Points.Count == 0) html.Append("<p class=\"muted\">No run history yet.</p>");
        else
        {
            AppendChart(html, trend.Points);
            AppendChanges(html, trend);
            AppendRuns(html, trend.Points);
        }
        foreach (var problem in trend.Problems) html.Append($"<p class=\"muted\">{E(problem)}</p>");
        html.Append("</section>");
    }

    private static void AppendChart(StringBuilder html, IReadOnlyList<TrendPoint> points)
    {
        html.Append($"<svg viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"Trend of requirements OK, coverage and pass rate\">");
        foreach (var percent in new[] { 0, 50, 100 })
            html.Append($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{N(Y(percent))}\" y2=\"{N(Y(percent))}\" stroke=\"#d0d7de\"/><text x=\"4\" y=\"{N(Y(percent) + 4)}\" font-size=\"11\" fill=\"#59636e\">{percent}%</text>");
        foreach (var (css, label, value) in Series)
        {
            var coordinates = points.Select((p, i) => $"{N(X(i, points.Count))},{N(Y(value(p.Record.Counts)))}");
            html.Append($"<polyline class=\"{css}\" fill=\"none\" stroke-width=\"2\" points=\"{string.Join(' ', coordinates)}\"/>");
            foreach (var (point, i) in points.Select((p, i) => (p, i)))
                html.Append($"<circle class=\"{css}\" fill=\"#fff\" stroke-width=\"2\" r=\"{(point.IsCurrent ? 4.5 : 3)}\" cx=\"{N(X(i, points.Count))}\" cy=\"{N(Y(value(point.Record.Counts)))}\">" +
                            $"<title>{E($"{Time(point.Record.StartedAt)} · {label} {Number(value(point.Record.Counts))}")}</title></circle>");
        }
        var first = points[0].Record.StartedAt;
        var last = points[^1].Record.StartedAt;
        html.Append($"<text x=\"{Left}\" y=\"{Height - 6}\" font-size=\"11\" fill=\"#59636e\">{E(Time(first))}</text>");
        html.Append($"<text x=\"{Width - Right}\" y=\"{Height - 6}\" font-size=\"11\" fill=\"#59636e\" text-anchor=\"end\">{E(Time(last))}</text></svg>");
        html.Append("<div class=\"legend\">");
        foreach (var (css, label, _) in Series) html.Append($"<span><i class=\"{css}\"></i>{E(label)}</span>");
        html.Append("</div>");
    }

    private static void AppendChanges(StringBuilder html, TrendView trend)
    {
        html.Append($"<p id=\"changes\" data-count=\"{trend.Changes.Count}\"><b>Changed since the previous run:</b> ");
        html.Append(trend.Changes.Count == 0 ? "nothing." : E(string.Join(", ", trend.Changes.Select(c =>
            $"{c.RequirementId} {c.Previous?.Replace('_', ' ') ?? "absent"} → {c.Current.Replace('_', ' ')}"))));
        html.Append($"</p><p id=\"flaky-across-runs\" data-count=\"{trend.FlakyAcrossRuns.Count}\"><b>Flaky across runs:</b> ");
        html.Append(trend.FlakyAcrossRuns.Count == 0 ? "none." : E(string.Join(", ", trend.FlakyAcrossRuns)));
        html.Append("</p>");
    }

    private static void AppendRuns(StringBuilder html, IReadOnlyList<TrendPoint> points)
    {
        html.Append("<details><summary>Recent runs</summary><div class=\"table-wrap\"><table><thead><tr><th>Started</th><th>Run</th><th>Commit</th><th>Target</th>" +
                    "<th>Selection</th><th>Req. OK</th><th>Coverage</th><th>Pass rate</th><th>Flaky</th><th>Gate</th></tr></thead><tbody>");
        foreach (var point in points.Reverse())
        {
            var r = point.Record;
            html.Append($"<tr{(point.IsCurrent ? " class=\"current\"" : "")}><td>{E(Time(r.StartedAt))}</td><td><code>{E(r.RunId)}</code></td><td><code>{E(Output.VerdictText.Short(r.Commit))}</code></td>" +
                        $"<td>{E(r.Target)}</td><td>{E(r.Selection.Length == 0 ? "full run" : r.Selection)}</td><td>{Number(r.Counts.RequirementsOkPercent)} %</td>" +
                        $"<td>{Number(r.Counts.CoveragePercent)} %</td><td>{Number(r.Counts.PassRatePercent)} %</td><td>{r.Counts.Flaky}</td>" +
                        $"<td><span class=\"badge b-{(r.GatePassed ? "OK" : "NOK")}\">{(r.GatePassed ? "PASSED" : "FAILED")}</span></td></tr>");
        }
        html.Append("</tbody></table></div></details>");
    }

    private static double X(int index, int count) =>
        count == 1 ? (Left + Width - Right) / 2 : Left + index * (Width - Left - Right) / (count - 1);

    private static double Y(double percent) => Top + (100 - Math.Clamp(percent, 0, 100)) * (Height - Top - Bottom) / 100;

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
