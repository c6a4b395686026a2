using Cdp.TicketE2E.FeatureFiles;
using Cdp.TicketE2E.Specs.Catalog;

namespace Cdp.TicketE2E.Specs.Traceability;

/// <summary>Checks one scenario's tags against the catalog: requirement, platform and dependency tags.</summary>
internal sealed class ScenarioMappingRules(RequirementsCatalog catalog)
{
    public IEnumerable<LintFinding> Check(ScenarioCase scenario)
    {
        var tags = ScenarioTags.Of(scenario.Tags);
        var at = new SourceLocation(scenario.Uri, scenario.Line);
        var name = scenario.Pickle.Name;
        if (tags.RequirementIds.Count == 0)
            yield return new LintFinding(LintFindingKind.MissingRequirementTag, at, name,
                $"Scenario '{name}' maps to no requirement.",
                $"Tag it (or its Examples, rule or feature) with {RequirementTag.Prefix}<ID> for each requirement it proves; add the requirement to {catalog.Path} first if it is new.");
        if (tags.Platforms.Count == 0)
            yield return new LintFinding(LintFindingKind.MissingPlatformTag, at, name,
                $"Scenario '{name}' has no platform tag, so no channel can run it.",
                "Tag it (or its Examples, rule or feature) with @web or @mobile.");
        if (tags.Platforms.Count > 1)
            yield return new LintFinding(LintFindingKind.ConflictingPlatformTags, at, name,
                $"Scenario '{name}' is tagged both @web and @mobile; one run drives one channel.",
                "Give the outline one Examples block per platform, each tagged with its platform, and drop the other platform tag.");
        var requirements = new List<Requirement>();
        foreach (var id in tags.RequirementIds)
        {
            var requirement = catalog.Find(id);
            if (requirement is null)
                yield return new LintFinding(LintFindingKind.UnknownRequirement, at, id,
                    $"Scenario '{name}' is tagged {RequirementTag.Prefix}{id}, which is not in {catalog.Path}.",
                    $"Correct the tag to an existing id, or add {id} to {catalog.Path}.");
            else requirements.Add(requirement);
        }
        foreach (var requirement in requirements)
        foreach (var platform in tags.Platforms.Where(p => !requirement.Platforms.Contains(p)))
            yield return new LintFinding(LintFindingKind.PlatformNotApplicable, at, requirement.Id,
                $"Scenario '{name}' runs on {RequirementTag.Of(platform)} but {requirement.Id} applies only to {string.Join(", ", requirement.Platforms.Select(RequirementTag.Of))}.",
                $"Move {requirement.Tag} to the Examples of a platform it applies to, or add {platform.ToString().ToLowerInvariant()} to its platforms in {catalog.Path} if it does apply.");
        foreach (var question in tags.Dependencies.Where(q => !requirements.Any(r => r.DependsOn.Contains(q))))
            yield return new LintFinding(LintFindingKind.UndeclaredDependency, at, question,
                $"Scenario '{name}' is tagged {DependencyTag.Prefix}{question}, but none of its requirements lists {question} in dependsOn.",
                $"Add {question} to 'dependsOn' of the requirement whose outcome hangs on it, or correct/remove the tag.");
    }
}
