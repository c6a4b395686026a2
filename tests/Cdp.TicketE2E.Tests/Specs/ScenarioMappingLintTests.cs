using Cdp.TicketE2E.Specs.Catalog;
using Cdp.TicketE2E.Specs.Traceability;
using FluentAssertions;
using NUnit.Framework;
using static Cdp.TicketE2E.Tests.Specs.LintFixtures;

namespace Cdp.TicketE2E.Tests.Specs;

/// <summary>Tag breaks between scenarios and requirements are found, located (file:line), named and given a fix.</summary>
[TestFixture]
public sealed class ScenarioMappingLintTests
{
    [Test]
    public void A_whole_chain_has_no_findings()
    {
        var report = Lint(WebAndMobile, ("a.feature", Covering));

        report.IsClean.Should().BeTrue(report.ToString());
        report.ScenariosChecked.Should().Be(2);
        report.ToString().Should().Be("Traceability lint: 2 requirements, 2 scenarios, no findings.");
    }

    [Test]
    public void A_scenario_without_a_requirement_tag_is_found_at_its_line()
    {
        var report = Lint(WebAndMobile, ("a.feature", Covering), ("b.feature", "Feature: G\n  @web\n  Scenario: Orphan\n    Given a step\n"));

        var finding = report.Findings.Should().ContainSingle().Which;
        finding.Kind.Should().Be(LintFindingKind.MissingRequirementTag);
        finding.Location.ToString().Should().Be("b.feature:3");
        finding.Subject.Should().Be("Orphan");
        finding.Fix.Should().Contain("@req:<ID>");
    }

    [Test]
    public void A_tag_naming_an_unknown_requirement_is_found()
    {
        var report = Lint(WebAndMobile, ("a.feature", Covering.Replace("@req:WEB-01", "@req:WEB-01 @req:WEB-99")));

        var finding = report.Findings.Should().ContainSingle().Which;
        finding.Kind.Should().Be(LintFindingKind.UnknownRequirement);
        finding.Subject.Should().Be("WEB-99");
        finding.Location.ToString().Should().Be("a.feature:8");
        finding.ToString().Should().Contain("a.feature:8: UnknownRequirement [WEB-99]").And.Contain("Fix: Correct the tag to an existing id, or add WEB-99 to requirements.yaml");
    }

    [Test]
    public void A_requirement_without_a_scenario_on_one_platform_is_found_at_its_catalog_line()
    {
        var report = Lint(WebAndMobile, ("a.feature", Covering.Replace("    @mobile\n", "    @web\n")));

        var finding = report.Findings.Should().ContainSingle().Which;
        finding.Kind.Should().Be(LintFindingKind.UncoveredRequirement);
        finding.Subject.Should().Be("ANC-01");
        finding.Location.ToString().Should().Be("requirements.yaml:10");
        finding.Problem.Should().Be("ANC-01 has no @mobile scenario.");
    }

    [Test]
    public void A_requirement_with_no_scenario_at_all_is_found_per_platform()
    {
        var catalog = Catalog(WebAndMobile.Requirements.Append(Requirement("MOB-07", Platform.Mobile)).ToArray());

        var report = Lint(catalog, ("a.feature", Covering));

        report.Findings.Should().ContainSingle().Which.Should().Match<LintFinding>(f =>
            f.Kind == LintFindingKind.UncoveredRequirement && f.Subject == "MOB-07" && f.Location.Line == 20);
    }

    [Test]
    public void A_scenario_without_a_platform_tag_is_found() =>
        Lint(WebAndMobile, ("a.feature", Covering), ("b.feature", "Feature: G\n  @req:WEB-01\n  Scenario: Nowhere\n    Given a step\n"))
            .Findings.Should().ContainSingle().Which.Should().Match<LintFinding>(f =>
                f.Kind == LintFindingKind.MissingPlatformTag && f.Location.ToString() == "b.feature:3");

    [Test]
    public void A_scenario_with_both_platform_tags_is_found() =>
        Lint(WebAndMobile, ("a.feature", Covering.Replace("@mobile", "@mobile @web")))
            .Findings.Should().ContainSingle().Which.Kind.Should().Be(LintFindingKind.ConflictingPlatformTags);

    [Test]
    public void A_scenario_on_a_platform_its_requirement_does_not_apply_to_is_found()
    {
        var report = Lint(WebAndMobile, ("a.feature", Covering.Replace("    @mobile\n", "    @mobile @req:WEB-01\n")));

        var finding = report.Findings.Should().ContainSingle().Which;
        finding.Kind.Should().Be(LintFindingKind.PlatformNotApplicable);
        finding.Subject.Should().Be("WEB-01");
        finding.Location.ToString().Should().Be("a.feature:12");
        finding.Problem.Should().Contain("runs on @mobile but WEB-01 applies only to @web");
    }

    [Test]
    public void A_dependency_tag_no_requirement_declares_is_found()
    {
        var catalog = Catalog(Requirement("ANC-01", Platform.Web, Platform.Mobile), RequirementDependingOn("WEB-01", Platform.Web, "OQ-6"));

        var clean = Lint(catalog, ("a.feature", Covering.Replace("@web @req:WEB-01", "@web @req:WEB-01 @depends:OQ-6")));
        var report = Lint(catalog, ("a.feature", Covering.Replace("@mobile", "@mobile @depends:OQ-6")));

        clean.IsClean.Should().BeTrue(clean.ToString());
        report.Findings.Should().ContainSingle().Which.Should().Match<LintFinding>(f =>
            f.Kind == LintFindingKind.UndeclaredDependency && f.Subject == "OQ-6" && f.Location.Line == 12);
    }
}
