using Cdp.TicketE2E.Reporting.Model;
using Cdp.TicketE2E.Specs.Catalog;

namespace Cdp.TicketE2E.Reporting.Coverage;

/// <summary>Maps scenario results onto the catalog: status per requirement and platform, orphans, step problems.</summary>
internal static class CoverageAnalyzer
{
    public static IReadOnlyList<RequirementCoverage> Cover(RequirementsCatalog catalog, IReadOnlyList<ScenarioResult> scenarios, FlakyPolicy policy) =>
        catalog.Requirements.Select(requirement =>
        {
            var platforms = requirement.Platforms.Distinct().Select(platform =>
            {
                var mapped = scenarios.Where(s =>
                    s.Pickle.RequirementIds.Contains(requirement.Id) && s.Pickle.Platforms.Contains(platform)).ToList();
                var status = RequirementStatusRules.Worst(mapped.Select(s => RequirementStatusRules.Of(s.Status, policy)));
                return new PlatformCoverage(platform, status, mapped);
            }).ToList();
            return new RequirementCoverage(requirement, platforms, RequirementStatusRules.Worst(platforms.Select(p => p.Status)));
        }).ToList();

    public static IReadOnlyList<Orphan> FindOrphans(RequirementsCatalog catalog, IReadOnlyList<ScenarioResult> scenarios)
    {
        var orphans = new List<Orphan>();
        foreach (var scenario in scenarios)
        {
            var pickle = scenario.Pickle;
            var problems = new List<(OrphanProblem Problem, string Text)>();
            if (pickle.RequirementIds.Count == 0)
                problems.Add((OrphanProblem.NoRequirementTag, $"has no {RequirementTag.Prefix}<ID> tag"));
            foreach (var unknown in pickle.RequirementIds.Where(id => catalog.Find(id) is null))
                problems.Add((OrphanProblem.UnknownRequirement, $"is tagged {RequirementTag.Prefix}{unknown}, which is not in the requirements catalog"));
            if (pickle.Platforms.Count == 0)
                problems.Add((OrphanProblem.NoPlatformTag, $"has no platform tag ({string.Join(" or ", Enum.GetValues<Platform>().Select(RequirementTag.Of))})"));
            if (problems.Count > 0)
                orphans.Add(new Orphan(scenario, problems.Select(p => p.Problem).ToList(),
                    $"{pickle.Location} \"{pickle.Name}\" {string.Join("; ", problems.Select(p => p.Text))}."));
        }
        return orphans;
    }

    public static IReadOnlyList<StepProblem> FindStepProblems(IReadOnlyList<ScenarioResult> scenarios) =>
        scenarios
            .SelectMany(s => s.Attempts.SelectMany(a => a.Steps)
                .Where(step => step.Kind == StepKind.Step && step.Bindings.Count != 1)
                .Select(step => (Scenario: s, Step: step)))
            .GroupBy(x => (x.Step.Text, Ambiguous: x.Step.Bindings.Count > 1))
            .Select(g => new StepProblem(g.Key.Text, g.Key.Ambiguous, g.First().Step.Bindings,
                g.Select(x => x.Scenario).DistinctBy(s => s.Pickle.Id).ToList()))
            .ToList();

    /// <summary>Scenarios tagged for a platform their requirement does not apply to: shown, but counted nowhere.</summary>
    public static IEnumerable<string> PlatformMismatches(RequirementsCatalog catalog, IReadOnlyList<ScenarioResult> scenarios) =>
        from scenario in scenarios
        from id in scenario.Pickle.RequirementIds
        let requirement = catalog.Find(id)
        where requirement is not null
        from platform in scenario.Pickle.Platforms
        where !requirement.Platforms.Contains(platform)
        select $"{scenario.Pickle.Location} \"{scenario.Pickle.Name}\" is tagged {RequirementTag.Of(platform)} and {requirement.Tag}, " +
               $"but {id} applies to {string.Join(", ", requirement.Platforms.Select(p => p.ToString().ToLowerInvariant()))} only; " +
               $"it does not count for {platform.ToString().ToLowerInvariant()}.";
}
