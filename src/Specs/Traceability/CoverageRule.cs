using Cdp.TicketE2E.FeatureFiles;
using Cdp.TicketE2E.Specs.Catalog;

namespace Cdp.TicketE2E.Specs.Traceability;

/// <summary>Every requirement needs at least one scenario on each platform it applies to.</summary>
internal static class CoverageRule
{
    public static IEnumerable<LintFinding> Check(RequirementsCatalog catalog, IEnumerable<ScenarioCase> scenarios)
    {
        var covered = scenarios
            .Select(s => ScenarioTags.Of(s.Tags))
            .SelectMany(tags => tags.RequirementIds.SelectMany(id => tags.Platforms.Select(platform => (id, platform))))
            .ToHashSet();
        for (var index = 0; index < catalog.Requirements.Count; index++)
        {
            var requirement = catalog.Requirements[index];
            foreach (var platform in requirement.Platforms.Where(p => !covered.Contains((requirement.Id, p))))
            {
                var tag = RequirementTag.Of(platform);
                yield return new LintFinding(LintFindingKind.UncoveredRequirement,
                    new SourceLocation(catalog.Path, catalog.LineOf(index)), requirement.Id,
                    $"{requirement.Id} has no {tag} scenario.",
                    $"Tag a {tag} scenario (or {tag} Examples of a shared outline) with {requirement.Tag}, or remove {platform.ToString().ToLowerInvariant()} from its platforms if it does not apply there.");
            }
        }
    }

    public static IEnumerable<LintFinding> DuplicateIds(RequirementsCatalog catalog) =>
        catalog.Requirements
            .Select((requirement, index) => (requirement.Id, index))
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .SelectMany(group => group.Skip(1).Select(repeat => new LintFinding(LintFindingKind.DuplicateRequirementId,
                new SourceLocation(catalog.Path, catalog.LineOf(repeat.index)), group.Key,
                $"Requirement id {group.Key} is used {group.Count()} times (first at line {catalog.LineOf(group.First().index)}).",
                "Give one of them a new id and retag its scenarios, or merge the two statements.")));
}
