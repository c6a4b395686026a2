using Cdp.TicketE2E.Cli.Execution;
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
        var binder = SuiteBindings.DryRunBinder(typeof(Steps.Suite.Features).Assembly.Location);

        var report = TraceabilityLint.CheckFolder(features, binder);

        report.IsClean.Should().BeTrue(report.ToString());
        report.RequirementsChecked.Should().BeGreaterThan(0);
        report.ScenariosChecked.Should().BeGreaterThan(0);
    }

    [Test]
    public void The_dry_run_binder_reports_an_unbound_step_with_a_suggested_binding()
    {
        var binder = SuiteBindings.DryRunBinder(typeof(Steps.Suite.Features).Assembly.Location);
        var step = new Io.Cucumber.Messages.Types.PickleStep(null!, [], "s1", Io.Cucumber.Messages.Types.PickleStepType.ACTION, "the user juggles 3 tickets");

        var result = binder(step);

        result.Status.Should().Be(StepBindingStatus.Undefined);
        result.Detail.Should().Contain("[When(\"the user juggles {int} tickets\")]");
    }

    [Test]
    public void A_missing_suite_assembly_says_how_to_build_it()
    {
        var act = () => SuiteBindings.DryRunBinder("/nonexistent/Cdp.TicketE2E.Steps.dll");

        act.Should().Throw<FileNotFoundException>().WithMessage("*is missing*./e2e*");
    }
}
