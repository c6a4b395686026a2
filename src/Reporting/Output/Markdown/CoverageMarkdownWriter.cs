using System.Text;
using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Specs.Catalog;
using static Cdp.TicketE2E.Reporting.Output.Markdown.MarkdownText;

namespace Cdp.TicketE2E.Reporting.Output.Markdown;

/// <summary>Renders <c>coverage.md</c>: the verdict and numbers for a PR comment or a chat message, the full matrix folded away.</summary>
public static class CoverageMarkdownWriter
{
    /// <summary>How many gate reasons are listed before pointing at coverage.json; keeps a PR comment under size limits.</summary>
    public const int MaxReasonsListed = 50;

    /// <summary>The Markdown text of a report.</summary>
    public static string Render(CoverageReport report)
    {
        var md = new StringBuilder();
        var run = report.Run.Run;
        var c = report.Counts;
        md.AppendLine(report.Gate.Passed ? "## Lane-A gate: PASSED ✅" : "## Lane-A gate: FAILED ❌").AppendLine();
        md.AppendLine($"> {Inline(VerdictText.Of(report))}").AppendLine();
        md.AppendLine($"**Run** {Inline(run.Id)} · **commit** {Inline(run.Commit)} · **target** {Inline(run.Target)} · " +
                      $"**selection** {(run.Selection.Length == 0 ? "full run" : Inline(run.Selection))} · **flaky policy** {Inline(ReportJson.Name(report.Policy))}").AppendLine();
        md.AppendLine("| Requirements | OK | NOK | NOT RUN | UNKNOWN | UNCOVERED | Requirements OK | Spec coverage |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        md.AppendLine($"| {c.Requirements.Total} | {c.Requirements.Ok} | {c.Requirements.Nok} | {c.Requirements.NotRun} | {c.Requirements.Unknown} | {c.Requirements.Uncovered} | {c.RequirementsOkPercent:0.0} % | {c.CoveragePercent:0.0} % |").AppendLine();
        md.AppendLine("| Scenarios | Executed | Passed | Flaky | Failed | Unknown | Not run | Pass rate |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        md.AppendLine($"| {c.Scenarios.Total} | {c.Scenarios.Executed} | {c.Scenarios.Passed} | {c.Scenarios.Flaky} | {c.Scenarios.Failed} | {c.Scenarios.Unknown} | {c.Scenarios.NotRun} | {c.PassRatePercent:0.0} % |").AppendLine();
        AppendReasons(md, report);
        var notOk = report.Requirements.Where(r => r.Overall != RequirementStatus.Ok).ToList();
        if (notOk.Count > 0)
        {
            md.AppendLine($"### Requirements not OK ({notOk.Count})").AppendLine();
            AppendMatrix(md, notOk);
        }
        md.AppendLine($"<details><summary>All {report.Requirements.Count} requirements</summary>").AppendLine();
        AppendMatrix(md, report.Requirements);
        md.AppendLine("</details>");
        return md.ToString();
    }

    private static void AppendReasons(StringBuilder md, CoverageReport report)
    {
        if (report.Gate.Passed) return;
        md.AppendLine($"### Gate reasons ({report.Gate.Reasons.Count})").AppendLine();
        foreach (var (reason, i) in report.Gate.Reasons.Take(MaxReasonsListed).Select((r, i) => (r, i)))
            md.AppendLine($"{i + 1}. {Inline(reason.Message)}");
        if (report.Gate.Reasons.Count > MaxReasonsListed)
            md.AppendLine($"\n… and {report.Gate.Reasons.Count - MaxReasonsListed} more in coverage.json.");
        md.AppendLine();
    }

    private static void AppendMatrix(StringBuilder md, IReadOnlyList<RequirementCoverage> rows)
    {
        var platforms = Enum.GetValues<Platform>();
        md.AppendLine($"| Requirement | {string.Join(" | ", platforms.Select(StatusText.Of))} | Overall | Statement |");
        md.AppendLine($"|---|{string.Concat(platforms.Select(_ => "---|"))}---|---|");
        foreach (var row in rows)
        {
            var cells = platforms.Select(p => row.On(p) is { } cell ? StatusText.Of(cell.Status) + (cell.HasFlaky ? " (flaky)" : "") : "—");
            md.AppendLine($"| {Inline(row.Requirement.Id)} | {string.Join(" | ", cells)} | {StatusText.Of(row.Overall)} | {Inline(row.Requirement.Statement)} |");
        }
        md.AppendLine();
    }
}
