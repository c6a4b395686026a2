using Cdp.TicketE2E.Cli.Execution;
using Cdp.TicketE2E.FeatureFiles;
using Cdp.TicketE2E.Specs.Traceability;
using Cdp.TicketE2E.Configuration;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Cli;

/// <summary>The traceability lint over the real features, catalog and bindings: what ./e2e lint checks, run by ./e2e test.</summary>
public sealed class LintOfTheRealSuiteTests
{
    [Test]
    public void Every_requirement_scenario_and_step_of_the_suite_is_traced_and_bound()
    {
        var features = Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "features");
        var binder = SuiteBindings.Load(typeof(Steps.Suite.Features).Assembly.Location);

        var report = TraceabilityLint.CheckFolder(features, binder);

        report.IsClean.Should().BeTrue(report.ToString());
        report.RequirementsChecked.Should().BeGreaterThan(0);
        report.ScenariosChecked.Should().BeGreaterThan(0);
    }

    [Test]
    public void The_dry_run_binder_reports_an_unbound_step_with_a_suggested_binding()
    {
        var binder = SuiteBindings.Load(typeof(Steps.Suite.Features).Assembly.Location);
        var scenario = FeatureSet.FromTexts([KeyValuePair.Create("web/a.feature", "Feature: F\n  @web\n  Scenario: S\n    When the user juggles 3 tickets\n")]).Scenarios[0];

        var result = binder.Bind(scenario, scenario.Pickle.Steps[0]);

        result.Status.Should().Be(StepBindingStatus.Undefined);
        result.Detail.Should().Contain("[When(\"the user juggles {int} tickets\")]");
    }

    [Test]
    public void A_web_only_step_in_a_mobile_scenario_is_out_of_scope_naming_the_binding()
    {
        var binder = SuiteBindings.Load(typeof(Steps.Suite.Features).Assembly.Location);
        var scenario = Scenario("@mobile", "Given the ticket form is open for the customer");

        var result = binder.Bind(scenario, scenario.Pickle.Steps[0]);

        result.Status.Should().Be(StepBindingStatus.OutOfScope);
        result.Detail.Should().Contain("WebEmbedMessageSteps.TheTicketFormIsOpen");
        binder.Bind(Scenario("@web", "Given the ticket form is open for the customer"), scenario.Pickle.Steps[0]).Status.Should().Be(StepBindingStatus.Bound);
    }

    [Test]
    public void Step_definitions_no_asked_step_matched_are_listed_as_unused()
    {
        var binder = SuiteBindings.Load(typeof(Steps.Suite.Features).Assembly.Location);
        var scenario = Scenario("@web", "Given ticket creation fails once");

        binder.Bind(scenario, scenario.Pickle.Steps[0]).Status.Should().Be(StepBindingStatus.Bound);

        binder.Unused().Should().Contain("RetrySteps.TheAssociationUpdateFailsOnce \"the association update fails once\"")
            .And.NotContain(unused => unused.StartsWith("RetrySteps.TicketCreationFailsOnce", StringComparison.Ordinal));
    }

    [Test]
    public void A_missing_suite_assembly_says_how_to_build_it()
    {
        var act = () => SuiteBindings.Load("/nonexistent/Cdp.TicketE2E.Steps.dll");

        act.Should().Throw<FileNotFoundException>().WithMessage("*is missing*./e2e*");
    }

    private static ScenarioCase Scenario(string tag, string step) =>
        FeatureSet.FromTexts([KeyValuePair.Create("a.feature", $"Feature: F\n  {tag}\n  Scenario: S\n    {step}\n")]).Scenarios[0];
}
