using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Reporting.Model;
using Cdp.TicketE2E.Specs.Catalog;

namespace Cdp.TicketE2E.Reporting.Gate;

/// <summary>
/// The Lane-A gate: passes only when the stream is one finished run of one commit, no feature failed to parse,
/// every scenario traces to the catalog, no step is undefined or ambiguous, and every requirement is OK on every
/// platform it applies to.
/// </summary>
public static class LaneAGate
{
    private const int MaxErrorChars = 240;

    /// <summary>Evaluates the gate over an analysed run.</summary>
    /// <param name="model">The run.</param>
    /// <param name="requirements">Requirement statuses computed from it.</param>
    /// <param name="orphans">Scenarios that do not trace to the catalog.</param>
    /// <param name="stepProblems">Undefined and ambiguous steps met.</param>
    /// <param name="policy">How flaky scenarios count (to name them in reasons).</param>
    /// <param name="expected">What the stream must agree with: commit, target, the test host's counts.</param>
    public static GateResult Evaluate(
        RunModel model,
        IReadOnlyList<RequirementCoverage> requirements,
        IReadOnlyList<Orphan> orphans,
        IReadOnlyList<StepProblem> stepProblems,
        FlakyPolicy policy,
        RunExpectations expected)
    {
        var reasons = new List<GateReason>();
        reasons.AddRange(StreamIntegrity.Problems(model, expected).Select(m => new GateReason(GateReasonKind.Stream, m)));
        reasons.AddRange(model.ParseErrors.Select(e => new GateReason(GateReasonKind.ParseError,
            $"{e.Location}: the feature does not parse: {e.Message}", Location: e.Location)));
        reasons.AddRange(orphans.Select(o => new GateReason(GateReasonKind.Orphan,
            $"Orphan scenario: {o.Message}", Location: o.Scenario.Pickle.Location)));
        reasons.AddRange(stepProblems.Select(StepReason));
        foreach (var requirement in requirements)
        {
            if (requirement.Platforms.Count == 0)
                reasons.Add(new GateReason(GateReasonKind.Requirement,
                    $"{requirement.Requirement.Id} lists no platform, so no scenario can show it holds. Give it its platforms in the catalog.",
                    requirement.Requirement.Id));
            reasons.AddRange(requirement.Platforms.Where(p => p.Status != RequirementStatus.Ok).Select(p => RequirementReason(requirement.Requirement, p, policy)));
        }
        return new GateResult(reasons);
    }

    private static GateReason StepReason(StepProblem problem)
    {
        var first = problem.Scenarios[0].Pickle;
        var where = problem.Scenarios.Count == 1
            ? $"in {first.Location} \"{first.Name}\""
            : $"in {problem.Scenarios.Count} scenarios: {string.Join(", ", problem.Scenarios.Select(s => s.Pickle.Location))}";
        return problem.IsAmbiguous
            ? new GateReason(GateReasonKind.AmbiguousStep,
                $"Step \"{problem.StepText}\" is ambiguous {where}; it matches {string.Join(" and ", problem.Bindings)}. Make one binding more specific.",
                Location: first.Location)
            : new GateReason(GateReasonKind.UndefinedStep,
                $"Step \"{problem.StepText}\" is undefined (no binding matches) {where}. Add a binding or fix the wording.",
                Location: first.Location);
    }

    private static GateReason RequirementReason(Requirement requirement, PlatformCoverage cell, FlakyPolicy policy)
    {
        var head = $"{requirement.Id} on {StatusText.Of(cell.Platform)}: {StatusText.Of(cell.Status)}";
        if (cell.Status == RequirementStatus.Uncovered)
            return new GateReason(GateReasonKind.Requirement,
                $"{head}: no scenario is tagged {requirement.Tag} and {RequirementTag.Of(cell.Platform)}.", requirement.Id, cell.Platform);

        // Every scenario that keeps the cell from OK, not only the worst, so one rerun can fix them all.
        var culprits = cell.Scenarios.Where(s => RequirementStatusRules.Of(s.Status, policy) != RequirementStatus.Ok).ToList();
        var details = culprits.Select(s => $"{s.Pickle.Location} \"{s.Pickle.Name}\" {ScenarioDetail(s)}");
        return new GateReason(GateReasonKind.Requirement, $"{head}: {string.Join("; ", details)}.",
            requirement.Id, cell.Platform, culprits.FirstOrDefault()?.Pickle.Location);
    }

    private static string ScenarioDetail(ScenarioResult scenario) => scenario.Status switch
    {
        ScenarioStatus.NotRun => "was not executed in this run",
        ScenarioStatus.Skipped => $"was NOT RUN{ErrorSuffix(scenario.FinalAttempt?.Error)}",
        ScenarioStatus.Flaky => $"is FLAKY: it did not pass on attempt 1 and passed on attempt {scenario.Attempts.Count}" +
                                $" (the flaky policy counts flaky as failing){ErrorSuffix(scenario.Attempts[0].Error)}",
        _ => $"is {StatusText.Of(scenario.Status)}{ErrorSuffix(scenario.FinalAttempt?.Error)}",
    };

    private static string ErrorSuffix(string? error) => FirstLine(error) is { } line ? $": {line}" : "";

    private static string? FirstLine(string? text)
    {
        // The reason adds its own full stop.
        var line = text?.Split('\n', 2)[0].Trim().TrimEnd('.');
        return string.IsNullOrEmpty(line) ? null : line.Length <= MaxErrorChars ? line : line[..MaxErrorChars] + "…";
    }
}
