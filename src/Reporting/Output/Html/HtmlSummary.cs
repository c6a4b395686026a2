using System.Text;
using Cdp.TicketE2E.Reporting.Coverage;
using static Cdp.TicketE2E.Reporting.Output.Html.Html;

namespace Cdp.TicketE2E.Reporting.Output.Html;

/// <summary>The top of the report: verdict banner with run facts, the number cards, and the gate's reasons.</summary>
internal static class HtmlSummary
{
    public static void AppendVerdict(StringBuilder html, CoverageReport report)
    {
        var run = report.Run.Run;
        var passed = report.Gate.Passed;
        html.Append($"<header id=\"verdict\" class=\"verdict {(passed ? "passed" : "failed")}\" data-passed=\"{(passed ? "true" : "false")}\"><div class=\"inner\">");
        html.Append($"<h1>Lane-A gate: {(passed ? "PASSED" : "FAILED")}</h1><p class=\"verdict-text\">{E(VerdictText.Of(report))}</p><dl class=\"facts\">");
        Fact(html, "Run", run.Id ?? "(no id)", "run-id");
        Fact(html, "Commit", run.Commit ?? "(none)", "commit");
        if (run.Branch is not null) Fact(html, "Branch", run.Branch, "branch");
        Fact(html, "Target", run.Target.Length == 0 ? "(none)" : run.Target, "target");
        Fact(html, "Started", Time(run.Started), "started");
        Fact(html, "Selection", run.Selection.Length == 0 ? "full run" : run.Selection, "selection");
        Fact(html, "Flaky policy", report.Policy == FlakyPolicy.CountsAsFailing ? "flaky counts as failing" : "flaky counts as passing", "flaky-policy");
        if (run.IsMerged) Fact(html, "Merged from", $"{run.MergedFrom.Count} runs", "merged-from");
        html.Append("</dl></div></header>");
    }

    public static void AppendCards(StringBuilder html, CoverageCounts c)
    {
        html.Append("<section id=\"summary\" class=\"cards\" aria-label=\"Key numbers\">");
        Card(html, "requirements-total", c.Requirements.Total.ToString(), "requirements", "");
        Card(html, "requirements-ok", c.Requirements.Ok.ToString(), "OK", "OK");
        Card(html, "requirements-nok", c.Requirements.Nok.ToString(), "NOK", "NOK");
        Card(html, "requirements-not-run", c.Requirements.NotRun.ToString(), "NOT RUN", "NOT_RUN");
        Card(html, "requirements-unknown", c.Requirements.Unknown.ToString(), "UNKNOWN", "UNKNOWN");
        Card(html, "requirements-uncovered", c.Requirements.Uncovered.ToString(), "UNCOVERED", "UNCOVERED");
        Card(html, "requirements-ok-percent", Number(c.RequirementsOkPercent) + " %", "requirements OK (Lane-A)", "");
        Card(html, "coverage-percent", Number(c.CoveragePercent) + " %", "spec coverage (req × platform)", "");
        Card(html, "scenarios-executed", $"{c.Scenarios.Executed}/{c.Scenarios.Total}", "scenarios executed", "");
        Card(html, "scenarios-passed", c.Scenarios.Passed.ToString(), "passed", "OK");
        Card(html, "scenarios-failed", c.Scenarios.Failed.ToString(), "failed", "NOK");
        Card(html, "scenarios-flaky", c.Scenarios.Flaky.ToString(), "flaky", "UNKNOWN");
        Card(html, "scenarios-unknown", c.Scenarios.Unknown.ToString(), "undefined / pending / skipped", "UNKNOWN");
        Card(html, "scenarios-not-run", c.Scenarios.NotRun.ToString(), "not run", "NOT_RUN");
        Card(html, "pass-rate-percent", Number(c.PassRatePercent) + " %", "pass rate (executed)", "");
        html.Append("</section>");
    }

    public static void AppendReasons(StringBuilder html, CoverageReport report)
    {
        if (report.Gate.Passed) return;
        html.Append($"<section id=\"gate-reasons\" class=\"reasons\"><h2>Why the gate failed ({report.Gate.Reasons.Count})</h2><ol>");
        foreach (var reason in report.Gate.Reasons)
            html.Append($"<li data-kind=\"{E(ReportJson.Name(reason.Kind))}\">{E(reason.Message)}</li>");
        html.Append("</ol></section>");
    }

    private static void Fact(StringBuilder html, string label, string value, string key) =>
        html.Append($"<div><dt>{E(label)}</dt><dd data-fact=\"{key}\">{E(value)}</dd></div>");

    private static void Card(StringBuilder html, string key, string number, string label, string status) =>
        html.Append($"<div class=\"card{(status.Length > 0 ? " s-" + status : "")}\" data-count=\"{key}\"><span class=\"num\">{E(number)}</span><span class=\"label\">{E(label)}</span></div>");
}
