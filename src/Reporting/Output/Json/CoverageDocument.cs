using Cdp.TicketE2E.Reporting.Coverage;

namespace Cdp.TicketE2E.Reporting.Output.Json;

// The shape of coverage.json, documented field by field in src/Reporting/coverage.schema.md. Plain strings for
// statuses so the file reads the same in any language; every status spelling comes from StatusText.

internal sealed record CoverageDocument(
    int SchemaVersion, string Generator, RunDto Run, string FlakyPolicy, CoverageCounts Counts, GateDto Gate,
    IReadOnlyList<RequirementDto> Requirements, IReadOnlyList<ScenarioDto> Scenarios, IReadOnlyList<OrphanDto> Orphans,
    IReadOnlyList<ParseErrorDto> ParseErrors, IReadOnlyList<StepProblemDto> StepProblems, IReadOnlyList<string> Warnings, TrendDto Trend);

internal sealed record RunDto(
    string? Id, string? Commit, string Target, string? StartedAt, string? FinishedAt, string Selection,
    string? Branch, string? Ci, bool Finished, bool? Success, IReadOnlyList<MergedRunDto> MergedFrom);

internal sealed record MergedRunDto(string? Id, string? Commit, string? Target, string? StartedAt, string? Selection, bool? Finished);

internal sealed record GateDto(bool Passed, IReadOnlyList<ReasonDto> Reasons);

internal sealed record ReasonDto(string Kind, string Message, string? RequirementId, string? Platform, string? Location);

internal sealed record RequirementDto(
    string Id, string Statement, string Source, string Origin, string? DerivedFrom, IReadOnlyList<string> Platforms,
    IReadOnlyDictionary<string, string> Status, string Overall, bool Flaky, IReadOnlyList<RequirementScenarioDto> Scenarios);

internal sealed record RequirementScenarioDto(string PickleId, string Name, string Location, string Platform, string Status);

internal sealed record ScenarioDto(
    string PickleId, string Name, string Uri, long Line, string Location, IReadOnlyList<string> Tags, IReadOnlyList<string> Platforms,
    IReadOnlyList<string> RequirementIds, string Status, bool Flaky, IReadOnlyList<AttemptDto> Attempts, IReadOnlyList<string> SupersededRuns);

internal sealed record AttemptDto(
    int Attempt, string? RunId, string? StartedAt, string Status, bool Finished, double DurationMs, string? Error,
    IReadOnlyList<StepDto> Steps, IReadOnlyList<EvidenceDto> Evidence);

internal sealed record StepDto(string Kind, string Text, string Status, double DurationMs, string? Error, IReadOnlyList<string>? Bindings);

internal sealed record EvidenceDto(string Name, string MediaType, string? Url, string? Text);

internal sealed record OrphanDto(string PickleId, string Location, string Name, IReadOnlyList<string> Problems, string Message);

internal sealed record ParseErrorDto(string Uri, long? Line, long? Column, string Location, string Message);

internal sealed record StepProblemDto(string Kind, string Step, IReadOnlyList<string> Bindings, IReadOnlyList<string> Locations);

internal sealed record TrendDto(int Runs, IReadOnlyList<ChangeDto> Changes, IReadOnlyList<string> FlakyAcrossRuns);

internal sealed record ChangeDto(string RequirementId, string? Previous, string Current);
