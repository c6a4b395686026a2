using Cdp.TicketE2E.Reporting.Coverage;

namespace Cdp.TicketE2E.Reporting.Output;

/// <summary>The one-paragraph verdict printed at the end of <c>./e2e run</c> and at the top of every report.</summary>
public static class VerdictText
{
    private const int MaxIdsNamed = 5;

    /// <summary>One paragraph: passed or failed, for which run, the key numbers, and the first reason.</summary>
    public static string Of(CoverageReport report)
    {
        var run = report.Run.Run;
        var c = report.Counts;
        var selection = run.Selection.Length == 0 ? "" : $", selection \"{run.Selection}\"";
        var subject = $"run {run.Id ?? "(no id)"} (commit {Short(run.Commit)}, target {(run.Target.Length == 0 ? "(none)" : run.Target)}{selection})";
        var scenarios = $"{c.Scenarios.Executed} of {c.Scenarios.Total} scenarios executed, {c.Scenarios.Passed} passed" +
                        (c.Scenarios.Flaky > 0 ? $", {c.Scenarios.Flaky} flaky" : "") +
                        (c.Scenarios.Failed > 0 ? $", {c.Scenarios.Failed} failed" : "") +
                        (c.Scenarios.Unknown > 0 ? $", {c.Scenarios.Unknown} unknown" : "");
        if (report.Gate.Passed)
            return $"Lane-A gate PASSED for {subject}: all {c.Requirements.Total} requirements are OK on every platform they apply to " +
                   $"({c.Cells.Total} requirement-platform pairs); {scenarios}.";

        var statuses = new[] { RequirementStatus.Nok, RequirementStatus.NotRun, RequirementStatus.Unknown, RequirementStatus.Uncovered }
            .Select(status => (status, ids: report.Requirements.Where(r => r.Overall == status).Select(r => r.Requirement.Id).ToList()))
            .Where(x => x.ids.Count > 0)
            .Select(x => $"{StatusText.Of(x.status)} {x.ids.Count} ({Names(x.ids)})");
        var extras = new[]
        {
            (c.Orphans, "orphan scenario(s)"), (c.ParseErrors, "feature parse error(s)"),
            (c.UndefinedSteps, "undefined step(s)"), (c.AmbiguousSteps, "ambiguous step(s)"),
        }.Where(x => x.Item1 > 0).Select(x => $"{x.Item1} {x.Item2}");
        var problems = string.Join("; ", statuses.Concat(extras));
        return $"Lane-A gate FAILED for {subject}: {c.Requirements.Ok} of {c.Requirements.Total} requirements OK ({c.RequirementsOkPercent:0.0} %)" +
               (problems.Length > 0 ? $"; {problems}" : "") + $"; {scenarios}. " +
               $"{report.Gate.Reasons.Count} reason(s); the first: {report.Gate.Reasons[0].Message}";
    }

    private static string Names(IReadOnlyList<string> ids) =>
        string.Join(", ", ids.Take(MaxIdsNamed)) + (ids.Count > MaxIdsNamed ? $", … {ids.Count - MaxIdsNamed} more" : "");

    /// <summary>The first 7 characters of a sha, as git abbreviates it.</summary>
    public static string Short(string? commit) => commit is null ? "(none)" : commit.Length > 7 ? commit[..7] : commit;
}
