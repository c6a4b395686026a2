using Cdp.TicketE2E.FeatureFiles;
using Cdp.TicketE2E.Specs.Catalog;
using Cdp.TicketE2E.Specs.Traceability;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Specs;

/// <summary>
/// The real features/ folder and requirements.yaml: the chain is whole, and breaking it the two
/// ways the Lane-A gate cares about (an untagged scenario, an unmapped requirement) names the id.
/// Steps count as bound here; the real binding dry run is wired by the runner's registry.
/// </summary>
[TestFixture]
public sealed class RealFeaturesLintTests
{
    private static readonly string FeaturesRoot = FindFeaturesRoot();

    [Test]
    public void The_real_catalog_and_features_have_no_findings()
    {
        var report = TraceabilityLint.CheckFolder(FeaturesRoot, LintFixtures.AllBound);

        report.IsClean.Should().BeTrue(report.ToString());
        report.RequirementsChecked.Should().BeGreaterThan(30);
    }

    [Test]
    public void Removing_a_scenarios_requirement_tag_names_the_requirement_left_uncovered()
    {
        var texts = FeatureTexts();
        var gate = texts["web/embed-panel.feature"];
        texts["web/embed-panel.feature"] = gate.Replace("@req:WEB-03\n", "");

        var report = TraceabilityLint.Check(RealCatalog(), FeatureSet.FromTexts(texts), LintFixtures.AllBound);

        report.Findings.Select(f => (f.Kind, f.Subject)).Should().BeEquivalentTo(new[]
        {
            (LintFindingKind.MissingRequirementTag, "The ticket form is sandboxed"),
            (LintFindingKind.UncoveredRequirement, "WEB-03"),
        });
    }

    [Test]
    public void Adding_an_unmapped_requirement_names_it()
    {
        var yaml = File.ReadAllText(Path.Combine(FeaturesRoot, TraceabilityLint.CatalogFileName)) + """

              - id: MOB-99
                statement: Something no scenario proves yet.
                source: "test"
                platforms: [mobile]
                origin: stated
            """;

        var report = TraceabilityLint.Check(CatalogLoader.Parse(yaml, "requirements.yaml"), FeatureSet.FromTexts(FeatureTexts()), LintFixtures.AllBound);

        report.Findings.Should().ContainSingle().Which.ToString().Should().Contain("UncoveredRequirement [MOB-99] MOB-99 has no @mobile scenario.");
    }

    [Test]
    public void Every_scenario_runs_on_exactly_one_platform_and_both_platforms_are_used()
    {
        var scenarios = FeatureSet.Load(FeaturesRoot).Scenarios;

        scenarios.Should().OnlyContain(s => s.Tags.Count(t => t == "@web" || t == "@mobile") == 1);
        scenarios.Should().Contain(s => s.Tags.Contains("@web")).And.Contain(s => s.Tags.Contains("@mobile"));
    }

    private static RequirementsCatalog RealCatalog() =>
        CatalogLoader.Parse(File.ReadAllText(Path.Combine(FeaturesRoot, TraceabilityLint.CatalogFileName)), "requirements.yaml");

    private static Dictionary<string, string> FeatureTexts() =>
        Directory.EnumerateFiles(FeaturesRoot, "*.feature", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(FeaturesRoot, path).Replace('\\', '/'), File.ReadAllText);

    // The test runs from bin/; the features folder sits next to the solution file.
    private static string FindFeaturesRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Cdp.TicketE2E.sln")))
                return Path.Combine(dir.FullName, "features");
        throw new DirectoryNotFoundException($"No Cdp.TicketE2E.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
