using System.Text;
using Cdp.TicketE2E.Reporting.Coverage;
using static Cdp.TicketE2E.Reporting.Output.Html.Html;

namespace Cdp.TicketE2E.Reporting.Output.Html;

/// <summary>What sits outside the matrix: orphans, parse errors, undefined/ambiguous steps, warnings, and every scenario.</summary>
internal static class HtmlFindings
{
    public static void Append(StringBuilder html, CoverageReport report)
    {
        if (report.Orphans.Count > 0)
        {
            html.Append($"<section id=\"orphans\"><h2>Orphan scenarios ({report.Orphans.Count})</h2><ul>");
            foreach (var orphan in report.Orphans) html.Append($"<li>{E(orphan.Message)}</li>");
            html.Append("</ul></section>");
        }
        if (report.Run.ParseErrors.Count > 0)
        {
            html.Append($"<section id=\"parse-errors\"><h2>Feature files that do not parse ({report.Run.ParseErrors.Count})</h2><ul>");
            foreach (var error in report.Run.ParseErrors) html.Append($"<li><code>{E(error.Location)}</code> {E(error.Message)}</li>");
            html.Append("</ul></section>");
        }
        if (report.StepProblems.Count > 0)
        {
            html.Append($"<section id=\"step-problems\"><h2>Undefined and ambiguous steps ({report.StepProblems.Count})</h2><ul>");
            foreach (var p in report.StepProblems)
                html.Append($"<li><b>{E(p.StepText)}</b> — {(p.IsAmbiguous ? "ambiguous: " + E(string.Join("; ", p.Bindings)) : "undefined")}" +
                            $" <span class=\"muted\">in {E(string.Join(", ", p.Scenarios.Select(s => s.Pickle.Location)))}</span></li>");
            html.Append("</ul></section>");
        }
        if (report.Warnings.Count > 0)
        {
            html.Append($"<section id=\"warnings\"><h2>Notes ({report.Warnings.Count})</h2><ul>");
            foreach (var warning in report.Warnings) html.Append($"<li>{E(warning)}</li>");
            html.Append("</ul></section>");
        }
        AppendScenarioTable(html, report);
    }

    private static void AppendScenarioTable(StringBuilder html, CoverageReport report)
    {
        html.Append($"<section id=\"scenarios\"><h2>All scenarios ({report.Run.Scenarios.Count})</h2><details><summary>Show every scenario</summary>" +
                    "<div class=\"table-wrap\"><table><thead><tr><th>Location</th><th>Scenario</th><th>Platforms</th><th>Requirements</th>" +
                    "<th>Status</th><th>Attempts</th><th>Duration</th></tr></thead><tbody>");
        foreach (var s in report.Run.Scenarios)
        {
            var status = StatusText.Wire(s.Status);
            html.Append($"<tr data-status=\"{status}\"><td><code>{E(s.Pickle.Location)}</code></td><td>{E(s.Pickle.Name)}</td>" +
                        $"<td>{E(string.Join(' ', s.Pickle.Platforms.Select(StatusText.Of)))}</td><td>{E(string.Join(' ', s.Pickle.RequirementIds))}</td>" +
                        $"<td><span class=\"badge b-{status}\">{StatusText.Of(s.Status)}</span></td><td>{s.Attempts.Count}</td>" +
                        $"<td>{Duration(s.FinalAttempt?.Duration ?? TimeSpan.Zero)}</td></tr>");
        }
        html.Append("</tbody></table></div></details></section>");
    }
}
