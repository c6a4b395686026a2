using Cdp.TicketE2E.Reporting.Gate;
using Cdp.TicketE2E.Reporting.Model;
using Cdp.TicketE2E.Specs.Catalog;

namespace Cdp.TicketE2E.Reporting.Coverage;

/// <summary>A run judged against the catalog: everything every output renders, computed once so they agree.</summary>
/// <param name="Run">The run model read from the stream.</param>
/// <param name="Policy">The flaky policy applied.</param>
/// <param name="Requirements">Every catalog requirement, in catalog order, with its statuses.</param>
/// <param name="Orphans">Scenarios that do not trace to the catalog.</param>
/// <param name="StepProblems">Undefined and ambiguous steps met.</param>
/// <param name="Warnings">Things worth reading that do not fail the gate.</param>
/// <param name="Counts">The numbers.</param>
/// <param name="Gate">The Lane-A gate's answer.</param>
public sealed record CoverageReport(
    RunModel Run,
    FlakyPolicy Policy,
    IReadOnlyList<RequirementCoverage> Requirements,
    IReadOnlyList<Orphan> Orphans,
    IReadOnlyList<StepProblem> StepProblems,
    IReadOnlyList<string> Warnings,
    CoverageCounts Counts,
    GateResult Gate)
{
    /// <summary>Judges a run against the catalog.</summary>
    /// <param name="run">The run model.</param>
    /// <param name="catalog">The requirements catalog (the gate's denominator).</param>
    /// <param name="policy">How flaky scenarios count.</param>
    /// <param name="expected">What the stream must agree with (commit, target, the test host's counts); null expects nothing.</param>
    public static CoverageReport Create(RunModel run, RequirementsCatalog catalog, FlakyPolicy policy = FlakyPolicy.CountsAsFailing, RunExpectations? expected = null)
    {
        var requirements = CoverageAnalyzer.Cover(catalog, run.Scenarios, policy);
        var orphans = CoverageAnalyzer.FindOrphans(catalog, run.Scenarios);
        var stepProblems = CoverageAnalyzer.FindStepProblems(run.Scenarios);
        var warnings = run.Notes.Concat(CoverageAnalyzer.PlatformMismatches(catalog, run.Scenarios)).ToList();
        var counts = Count(run, policy, requirements, orphans, stepProblems);
        var gate = LaneAGate.Evaluate(run, requirements, orphans, stepProblems, policy, expected ?? RunExpectations.None);
        return new CoverageReport(run, policy, requirements, orphans, stepProblems, warnings, counts, gate);
    }

    private static CoverageCounts Count(RunModel run, FlakyPolicy policy, IReadOnlyList<RequirementCoverage> requirements,
        IReadOnlyList<Orphan> orphans, IReadOnlyList<StepProblem> stepProblems)
    {
        var overall = StatusCounts.Of(requirements.Select(r => r.Overall).ToList());
        var cells = StatusCounts.Of(requirements.SelectMany(r => r.Platforms).Select(p => p.Status).ToList());
        var scenarios = ScenarioCounts.Of(run.Scenarios.ToList());
        var passing = scenarios.Passed + (policy == FlakyPolicy.CountsAsPassing ? scenarios.Flaky : 0);
        return new CoverageCounts(overall, cells, scenarios, orphans.Count, run.ParseErrors.Count,
            stepProblems.Count(p => !p.IsAmbiguous), stepProblems.Count(p => p.IsAmbiguous),
            CoverageCounts.Percent(cells.Total - cells.Uncovered, cells.Total),
            CoverageCounts.Percent(overall.Ok, overall.Total),
            CoverageCounts.Percent(passing, scenarios.Executed));
    }
}
