using Cdp.TicketE2E.FeatureFiles;
using Cdp.TicketE2E.Specs.Catalog;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Specs.Traceability;

/// <summary>
/// Checks the chain requirement → scenario → bound steps and lists every break, each with the
/// file:line, the id and the fix: scenarios without a requirement tag, tags naming unknown
/// requirements, requirements without a scenario on one of their platforms, scenarios without
/// (or with a wrong) platform tag, undeclared <c>@depends:</c> tags, unbound, ambiguous or out-of-scope steps, unused
/// step definitions,
/// duplicate requirement ids and unparsable feature files. It never runs a scenario.
/// </summary>
public static class TraceabilityLint
{
    /// <summary>The catalog's file name inside the features folder.</summary>
    public const string CatalogFileName = "requirements.yaml";

    /// <summary>Lints a loaded catalog against a loaded feature set.</summary>
    /// <param name="catalog">The requirements.</param>
    /// <param name="features">The compiled feature files.</param>
    /// <param name="bindings">
    /// A dry run of the step bindings (Reqnroll's binding registry, in the CLI): for one step in its scenario, whether
    /// exactly one definition in scope matches, and which definitions no step used. Nothing executes.
    /// </param>
    public static LintReport Check(RequirementsCatalog catalog, FeatureSet features, IStepBindings bindings)
    {
        var findings = new List<LintFinding>();
        findings.AddRange(features.ParseErrors.Select(error => new LintFinding(LintFindingKind.FeatureDoesNotParse,
            new SourceLocation(error.Uri, error.Line), error.Uri, $"The feature file does not parse: {error.Message}.",
            "Fix the Gherkin at that position; until then none of its scenarios count.")));
        findings.AddRange(CoverageRule.DuplicateIds(catalog));
        var mapping = new ScenarioMappingRules(catalog);
        findings.AddRange(features.Scenarios.SelectMany(mapping.Check));
        findings.AddRange(CoverageRule.Check(catalog, features.Scenarios));
        findings.AddRange(new StepBindingRule(features, bindings).Check());
        return new LintReport(findings, catalog.Requirements.Count, features.Scenarios.Count);
    }

    /// <summary>
    /// Lints a features folder: loads <see cref="CatalogFileName"/> from it and every *.feature
    /// under it; findings name files relative to that folder (<c>requirements.yaml:40</c>,
    /// <c>web/create-ticket.feature:12</c>). A catalog that is missing or does not load yields
    /// <see cref="LintFindingKind.InvalidCatalog"/> findings only: nothing else can be checked without it.
    /// </summary>
    /// <param name="featuresRoot">The features folder.</param>
    /// <param name="bindings">The binding dry run, as for <see cref="Check(RequirementsCatalog, FeatureSet, IStepBindings)"/>.</param>
    public static LintReport CheckFolder(string featuresRoot, IStepBindings bindings)
    {
        var features = FeatureSet.Load(featuresRoot);
        var catalogPath = Path.Combine(featuresRoot, CatalogFileName);
        if (!File.Exists(catalogPath))
            return InvalidCatalog(features, new CatalogProblem(CatalogFileName, 1, "catalog", $"the catalog is missing from {featuresRoot}",
                "create it; its schema is described in features/README.md"));
        try
        {
            return Check(CatalogLoader.Parse(File.ReadAllText(catalogPath), CatalogFileName), features, bindings);
        }
        catch (CatalogLoadException e)
        {
            return InvalidCatalog(features, [.. e.Problems]);
        }
    }

    private static LintReport InvalidCatalog(FeatureSet features, params CatalogProblem[] problems) => new(
        problems.Select(p => new LintFinding(LintFindingKind.InvalidCatalog, new SourceLocation(p.Path, p.Line), p.Subject, p.Problem + ".", p.Fix + ".")),
        0, features.Scenarios.Count);
}
