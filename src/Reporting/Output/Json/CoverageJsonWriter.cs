using System.Globalization;
using System.Text.Json;
using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Reporting.History;
using Cdp.TicketE2E.Reporting.Model;

namespace Cdp.TicketE2E.Reporting.Output.Json;

/// <summary>Renders <c>coverage.json</c>, the machine-readable report (schema: <c>src/Reporting/coverage.schema.md</c>).</summary>
public static class CoverageJsonWriter
{
    /// <summary>The schema version written in every file; bumped on any incompatible change.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The JSON text of a report.</summary>
    public static string Render(CoverageReport report, TrendView trend) =>
        JsonSerializer.Serialize(Document(report, trend), ReportJson.Options);

    private static CoverageDocument Document(CoverageReport report, TrendView trend) => new(
        SchemaVersion, "cdp-ticket-e2e", RunOf(report.Run.Run), ReportJson.Name(report.Policy), report.Counts,
        new GateDto(report.Gate.Passed, report.Gate.Reasons.Select(r => new ReasonDto(
            ReportJson.Name(r.Kind), r.Message, r.RequirementId, r.Platform is { } p ? StatusText.Of(p) : null, r.Location)).ToList()),
        report.Requirements.Select(RequirementOf).ToList(),
        report.Run.Scenarios.Select(ScenarioOf).ToList(),
        report.Orphans.Select(o => new OrphanDto(o.Scenario.Pickle.Id, o.Scenario.Pickle.Location, o.Scenario.Pickle.Name,
            o.Problems.Select(ReportJson.Name).ToList(), o.Message)).ToList(),
        report.Run.ParseErrors.Select(e => new ParseErrorDto(e.Uri, e.Line, e.Column, e.Location, e.Message)).ToList(),
        report.StepProblems.Select(p => new StepProblemDto(p.IsAmbiguous ? "ambiguous" : "undefined", p.StepText, p.Bindings,
            p.Scenarios.Select(s => s.Pickle.Location).ToList())).ToList(),
        report.Warnings,
        new TrendDto(trend.Points.Count, trend.Changes.Select(c => new ChangeDto(c.RequirementId, c.Previous, c.Current)).ToList(), trend.FlakyAcrossRuns));

    private static RunDto RunOf(RunInfo run) => new(
        run.Id, run.Commit, run.Target, Iso(run.Started), Iso(run.Ends.LastOrDefault()?.FinishedAt), run.Selection, run.Branch, run.CiName,
        run.Ends.Count > 0, run.Ends.Count > 0 ? run.Ends.All(e => e.Success) : null,
        run.MergedFrom.Select(m => new MergedRunDto(m.RunId, m.Commit, m.Target, m.StartedAt, m.Selection, m.Finished)).ToList());

    private static RequirementDto RequirementOf(RequirementCoverage coverage)
    {
        var r = coverage.Requirement;
        return new RequirementDto(r.Id, r.Statement, r.Source, ReportJson.Name(r.Origin), r.DerivedFrom,
            coverage.Platforms.Select(p => StatusText.Of(p.Platform)).ToList(),
            coverage.Platforms.ToDictionary(p => StatusText.Of(p.Platform), p => StatusText.Wire(p.Status)),
            StatusText.Wire(coverage.Overall), coverage.HasFlaky,
            coverage.Platforms.SelectMany(p => p.Scenarios.Select(s => new RequirementScenarioDto(
                s.Pickle.Id, s.Pickle.Name, s.Pickle.Location, StatusText.Of(p.Platform), StatusText.Wire(s.Status)))).ToList());
    }

    private static ScenarioDto ScenarioOf(ScenarioResult s) => new(
        s.Pickle.Id, s.Pickle.Name, s.Pickle.Uri, s.Pickle.Line, s.Pickle.Location, s.Pickle.Tags,
        s.Pickle.Platforms.Select(StatusText.Of).ToList(), s.Pickle.RequirementIds, StatusText.Wire(s.Status),
        s.Status == ScenarioStatus.Flaky,
        s.Attempts.Select(a => new AttemptDto(a.Attempt, a.RunId, Iso(a.StartedAt), a.Status.ToString(), a.Finished,
            Milliseconds(a.Duration), a.Error,
            a.Steps.Select(step => new StepDto(ReportJson.Name(step.Kind), step.Display, step.Status.ToString(), Milliseconds(step.Duration),
                step.Error, step.Kind == StepKind.Step ? step.Bindings : null)).ToList(),
            a.Evidence.Select(e => new EvidenceDto(e.Name, e.MediaType, e.Url, e.InlineText)).ToList())).ToList(),
        s.SupersededRuns);

    private static string? Iso(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static double Milliseconds(TimeSpan duration) => Math.Round(duration.TotalMilliseconds, 1);
}
