using Cdp.TicketE2E.Specs.Catalog;
using Cdp.TicketE2E.Specs.Traceability;
using FluentAssertions;
using NUnit.Framework;
using static Cdp.TicketE2E.Tests.Specs.LintFixtures;

namespace Cdp.TicketE2E.Tests.Specs;

/// <summary>Unbound steps, duplicate ids and unparsable features are found, located and given a fix; the report prints them.</summary>
[TestFixture]
public sealed class StepAndCatalogLintTests
{
    [Test]
    public void An_undefined_step_is_found_once_at_its_line_with_the_detail()
    {
        var features = Features(("a.feature", Covering.Replace("Given a step", "Given a step\n    When nothing binds <x>")));

        var report = TraceabilityLint.Check(WebAndMobile, features, new Answering(step =>
            step.Text.StartsWith("nothing", StringComparison.Ordinal) ? new StepBindingResult(StepBindingStatus.Undefined, "no [When] matches") : StepBindingStatus.Bound));

        report.Findings.Should().HaveCount(2).And.OnlyContain(f => f.Kind == LintFindingKind.UndefinedStep && f.Location.ToString() == "a.feature:5");
        report.Findings.Select(f => f.Subject).Should().Equal("nothing binds 1", "nothing binds 2");
        report.Findings[0].Problem.Should().Be("Step 'nothing binds 1' matches no step definition (no [When] matches).");
    }

    [Test]
    public void A_step_bound_only_out_of_its_scenario_s_scope_and_an_unused_definition_are_findings()
    {
        var features = Features(("a.feature", Covering.Replace("Given a step", "Given a step\n    When a web-only step")));
        var bindings = new WithUnused(new Answering(step => step.Text == "a web-only step"
            ? new StepBindingResult(StepBindingStatus.OutOfScope, "WebSteps.OnlyOnTheWeb") : StepBindingStatus.Bound), "MobileSteps.NobodyUses \"nobody uses this\"");

        var report = TraceabilityLint.Check(WebAndMobile, features, bindings);

        report.Findings.Where(f => f.Kind == LintFindingKind.OutOfScopeStep).Should().NotBeEmpty().And.OnlyContain(f => f.Problem.Contains("(WebSteps.OnlyOnTheWeb)"));
        report.Findings.Should().ContainSingle(f => f.Kind == LintFindingKind.UnusedStepDefinition).Which.Subject.Should().Be("MobileSteps.NobodyUses \"nobody uses this\"");
        report.IsClean.Should().BeFalse();
    }

    private sealed class WithUnused(IStepBindings inner, params string[] unused) : IStepBindings
    {
        public StepBindingResult Bind(Cdp.TicketE2E.FeatureFiles.ScenarioCase scenario, Io.Cucumber.Messages.Types.PickleStep step) => inner.Bind(scenario, step);

        public IReadOnlyList<string> Unused() => unused;
    }

    [Test]
    public void An_ambiguous_background_step_is_found_once_at_the_background()
    {
        const string text = "Feature: F\n  Background:\n    Given shared\n  @web @req:WEB-01\n  Scenario: One\n    Given a step\n  @web @req:WEB-01\n  Scenario: Two\n    Given a step\n";

        var report = TraceabilityLint.Check(Catalog(Requirement("WEB-01", Platform.Web)), Features(("a.feature", text)),
            new Answering(step => step.Text == "shared" ? new StepBindingResult(StepBindingStatus.Ambiguous, "A.Shared, B.Shared") : StepBindingStatus.Bound));

        var finding = report.Findings.Should().ContainSingle().Which;
        finding.Kind.Should().Be(LintFindingKind.AmbiguousStep);
        finding.Location.ToString().Should().Be("a.feature:3");
        finding.Problem.Should().Contain("(A.Shared, B.Shared)");
    }

    [Test]
    public void Two_requirements_sharing_an_id_are_found()
    {
        var catalog = Catalog(Requirement("ANC-01", Platform.Web, Platform.Mobile), Requirement("WEB-01", Platform.Web), Requirement("WEB-01", Platform.Web));

        var finding = Lint(catalog, ("a.feature", Covering)).Findings.Should().ContainSingle().Which;

        finding.Kind.Should().Be(LintFindingKind.DuplicateRequirementId);
        finding.Location.ToString().Should().Be("requirements.yaml:20");
        finding.Problem.Should().Contain("first at line 15");
    }

    [Test]
    public void A_feature_that_does_not_parse_is_found() =>
        Lint(WebAndMobile, ("a.feature", Covering), ("b.feature", "Feature: G\n  Scenario: S\n    Given x\n  Nonsense here\n"))
            .Findings.Should().ContainSingle().Which.Should().Match<LintFinding>(f =>
                f.Kind == LintFindingKind.FeatureDoesNotParse && f.Location.ToString() == "b.feature:4");

    [Test]
    public void The_report_prints_a_summary_and_one_line_per_finding()
    {
        var report = Lint(WebAndMobile, ("a.feature", Covering.Replace("@req:WEB-01", "@req:WEB-02")));

        report.ToString().Split(Environment.NewLine).Should().HaveCount(3)
            .And.StartWith("Traceability lint: 2 requirements, 2 scenarios, 2 findings:");
        report.OfKind(LintFindingKind.UncoveredRequirement).Should().ContainSingle().Which.Subject.Should().Be("WEB-01");
    }

    [Test]
    public void A_folder_whose_catalog_does_not_load_reports_the_catalog_problems_only()
    {
        var root = Directory.CreateTempSubdirectory("lint-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "a.feature"), Covering);
            TraceabilityLint.CheckFolder(root, AllBound).Findings.Should().ContainSingle().Which.Should().Match<LintFinding>(f =>
                f.Kind == LintFindingKind.InvalidCatalog && f.Location.ToString() == "requirements.yaml:1" && f.Problem.Contains("missing"));

            File.WriteAllText(Path.Combine(root, "requirements.yaml"), "version: 1\nrequirements:\n  - id: WEB-1\n    statement: s\n    source: t\n    platforms: [web]\n    origin: stated\n");
            TraceabilityLint.CheckFolder(root, AllBound).Findings.Should().ContainSingle().Which.ToString()
                .Should().Be("requirements.yaml:3: InvalidCatalog [requirement #1 (WEB-1)] id 'WEB-1' is malformed. Fix: use " + RequirementIds.IdRule + ".");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
