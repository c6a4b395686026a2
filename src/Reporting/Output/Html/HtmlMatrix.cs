using System.Text;
using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Reporting.History;
using Cdp.TicketE2E.Specs.Catalog;
using static Cdp.TicketE2E.Reporting.Output.Html.Html;

namespace Cdp.TicketE2E.Reporting.Output.Html;

/// <summary>The requirement × platform matrix with its filters; each row opens a drill-down of its scenarios.</summary>
internal static class HtmlMatrix
{
    private static readonly RequirementStatus[] FilterOrder =
        [RequirementStatus.Ok, RequirementStatus.Nok, RequirementStatus.NotRun, RequirementStatus.Unknown, RequirementStatus.Uncovered];

    public static void Append(StringBuilder html, CoverageReport report, TrendView trend)
    {
        var platforms = Enum.GetValues<Platform>();
        html.Append("<section id=\"matrix\"><h2>Requirements by platform</h2>");
        AppendFilters(html, report, platforms);
        html.Append("<div class=\"table-wrap\"><table class=\"matrix\"><thead><tr><th>Requirement</th><th>Statement</th>");
        foreach (var platform in platforms) html.Append($"<th data-platform=\"{StatusText.Of(platform)}\">{E(StatusText.Of(platform))}</th>");
        html.Append("<th>Overall</th></tr></thead><tbody>");
        var changes = trend.Changes.ToDictionary(c => c.RequirementId);
        var flakyAcrossRuns = trend.FlakyAcrossRuns.ToHashSet(StringComparer.Ordinal);
        foreach (var row in report.Requirements)
            AppendRow(html, row, platforms, changes.GetValueOrDefault(row.Requirement.Id), flakyAcrossRuns.Contains(row.Requirement.Id));
        html.Append("</tbody></table></div></section>");
    }

    private static void AppendFilters(StringBuilder html, CoverageReport report, Platform[] platforms)
    {
        html.Append("<form id=\"filters\" aria-label=\"Filters\"><fieldset><legend class=\"muted\">Status</legend>");
        Chip(html, "ALL", $"All ({report.Requirements.Count})", isChecked: true);
        foreach (var status in FilterOrder)
            Chip(html, StatusText.Wire(status), $"{StatusText.Of(status)} ({report.Requirements.Count(r => r.Overall == status)})", isChecked: false);
        html.Append("</fieldset><label>Platform <select id=\"platform-filter\"><option value=\"all\">all</option>");
        foreach (var platform in platforms) html.Append($"<option value=\"{StatusText.Of(platform)}\">{StatusText.Of(platform)}</option>");
        html.Append("</select></label><label>Tag <select id=\"tag-filter\"><option value=\"all\">all</option>");
        foreach (var tag in report.Run.Scenarios.SelectMany(s => s.Pickle.Tags).Distinct().Order(StringComparer.Ordinal))
            html.Append($"<option value=\"{E(tag)}\">{E(tag)}</option>");
        html.Append($"</select></label><output id=\"shown-count\">{report.Requirements.Count} of {report.Requirements.Count} requirements shown</output></form>");
    }

    private static void Chip(StringBuilder html, string value, string label, bool isChecked) =>
        html.Append($"<input type=\"radio\" name=\"status\" id=\"status-{value}\" value=\"{value}\"{(isChecked ? " checked" : "")}><label class=\"chip\" for=\"status-{value}\">{E(label)}</label>");

    private static void AppendRow(StringBuilder html, RequirementCoverage row, Platform[] platforms, RequirementChange? change, bool flakyAcrossRuns)
    {
        var r = row.Requirement;
        var tags = row.Scenarios.SelectMany(s => s.Pickle.Tags).Append(r.Tag).Distinct();
        html.Append($"<tr class=\"req\" id=\"req-{E(r.Id)}\" data-id=\"{E(r.Id)}\" data-overall=\"{StatusText.Wire(row.Overall)}\" data-tags=\"{E(string.Join(' ', tags))}\"");
        foreach (var cell in row.Platforms) html.Append($" data-status-{StatusText.Of(cell.Platform)}=\"{StatusText.Wire(cell.Status)}\"");
        html.Append($"><td class=\"id\"><span class=\"rid\">{E(r.Id)}</span><br><small>{E(r.Source)}</small><br>");
        if (change is not null)
            html.Append($"<span class=\"mark changed\" title=\"Overall status in the previous run\">was {E(change.Previous?.Replace('_', ' ') ?? "absent")}</span>");
        if (flakyAcrossRuns) html.Append("<span class=\"mark flaky\" title=\"Flaky in a recent run, or flipping between OK and NOK\">flaky across runs</span>");
        html.Append($"</td><td class=\"statement\">{E(r.Statement)}</td>");
        foreach (var platform in platforms)
        {
            var cell = row.On(platform);
            html.Append(cell is null
                ? $"<td class=\"cell na\" data-platform=\"{StatusText.Of(platform)}\"><span class=\"muted\">n/a</span></td>"
                : $"<td class=\"cell\" data-platform=\"{StatusText.Of(platform)}\"><span class=\"badge b-{StatusText.Wire(cell.Status)}\">{StatusText.Of(cell.Status)}</span>" +
                  $"{(cell.HasFlaky ? " <span class=\"mark flaky\">flaky</span>" : "")}<br><small class=\"muted\">{cell.Scenarios.Count} scenario(s)</small></td>");
        }
        html.Append($"<td class=\"overall\"><span class=\"badge b-{StatusText.Wire(row.Overall)}\">{StatusText.Of(row.Overall)}</span></td></tr>");
        AppendDrill(html, row, platforms.Length + 3);
    }

    private static void AppendDrill(StringBuilder html, RequirementCoverage row, int columns)
    {
        var scenarios = row.Scenarios;
        var problem = row.Overall != RequirementStatus.Ok;
        html.Append($"<tr class=\"drill\" data-for=\"{E(row.Requirement.Id)}\"><td colspan=\"{columns}\"><details{(problem ? " class=\"problem\"" : "")}>");
        html.Append($"<summary>{scenarios.Count} scenario(s) · {E(string.Join(", ", row.Platforms.Select(p => $"{StatusText.Of(p.Platform)} {StatusText.Of(p.Status)}")))}</summary>");
        if (scenarios.Count == 0) html.Append($"<p class=\"muted\">No scenario is tagged {E(row.Requirement.Tag)}.</p>");
        foreach (var scenario in scenarios) HtmlScenario.Append(html, scenario);
        html.Append("</details></td></tr>");
    }
}
