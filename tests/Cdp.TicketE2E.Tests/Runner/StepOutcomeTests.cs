using Reqnroll;
using Cdp.TicketE2E.Runner.Glue;
using FluentAssertions;
using Io.Cucumber.Messages.Types;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Runner;

/// <summary>Every way a step can keep a scenario from passing, as the verdict (what NUnit is told) and the stream say it.</summary>
[NonParallelizable] // sample runs share Reqnroll's one runner manager per binding assembly
public sealed class StepOutcomeTests
{
    [Test]
    public async Task An_undefined_step_fails_the_scenario_with_Reqnroll_s_snippet()
    {
        using var run = await RunnerHarness.RunAsync(Outcomes("""When the customer "Ana" orders 3 parcels"""));

        var verdict = run.Verdicts.Single();
        verdict.Attempts[^1].Failed.Should().BeTrue();
        verdict.Text().Should().Contain("UNDEFINED at: the customer \"Ana\" orders 3 parcels")
            .And.Contain("[When(\"the customer {string} orders {int} parcels\")]");
        run.Envelopes.ResultOfStep("the customer \"Ana\" orders 3 parcels").Status.Should().Be(TestStepResultStatus.UNDEFINED);
    }

    [Test]
    public async Task A_pending_step_fails_the_scenario()
    {
        using var run = await RunnerHarness.RunAsync(Outcomes("Then this is not automated yet"));

        // The glue fails a pending step whatever the configured outcome; reqnroll.json's Error makes Reqnroll's own exception agree.

        var verdict = run.Verdicts.Single();
        verdict.Attempts[^1].Failed.Should().BeTrue();
        verdict.Text().Should().Contain("PENDING at: this is not automated yet");
        run.Envelopes.ResultOfStep("this is not automated yet").Status.Should().Be(TestStepResultStatus.PENDING);
        run.Envelopes.All<TestRunFinished>().Single().Success.Should().BeFalse();
    }

    [Test]
    public async Task An_ambiguous_step_fails_naming_both_bindings()
    {
        using var run = await RunnerHarness.RunAsync("""
            @ambiguous
            Feature: Ambiguous
              Scenario: two bindings match
                Given a step two bindings match
            """);

        var verdict = run.Verdicts.Single();
        verdict.Attempts[^1].Failed.Should().BeTrue();
        verdict.Text().Should().Contain("FAILED at: a step two bindings match").And.Contain("FirstMatch.Matches").And.Contain("SecondMatch.AlsoMatches");
    }

    [Test]
    public async Task A_failing_step_skips_the_rest_and_the_verdict_names_the_step_and_the_error()
    {
        using var run = await RunnerHarness.RunAsync(Outcomes("""When it fails with "the list did not refresh" """, "Then a later check runs"));

        var verdict = run.Verdicts.Single();
        verdict.Attempts[^1].Failed.Should().BeTrue();
        verdict.Text().Should().Contain("FAILED at: it fails with \"the list did not refresh\"").And.Contain("\nthe list did not refresh");
        run.Envelopes.ResultOfStep("it fails with \"the list did not refresh\"").Status.Should().Be(TestStepResultStatus.FAILED);
        run.Envelopes.ResultOfStep("a later check runs").Status.Should().Be(TestStepResultStatus.SKIPPED);
        run.Journal.Entries.Should().NotContain("later check ran");
    }

    [Test]
    public async Task A_precondition_the_target_cannot_provide_is_NOT_RUN_and_SKIPPED_with_its_reason()
    {
        using var run = await RunnerHarness.RunAsync(Outcomes("""Given the target cannot arrange "a CRM outage" """));

        const string reason = "a CRM outage needs the fake CRM, which this target does not have";
        var verdict = run.Verdicts.Single();
        verdict.Status.Should().Be(ScenarioExecutionStatus.Skipped);
        verdict.Text().Should().Contain("SKIPPED at: ").And.Contain(reason);
        var result = run.Envelopes.ResultOfStep("the target cannot arrange \"a CRM outage\"");
        result.Status.Should().Be(TestStepResultStatus.SKIPPED);
        result.Message.Should().Be(reason);
    }

    [Test]
    public async Task A_step_that_never_finishes_fails_at_the_step_timeout()
    {
        Func<Task<SampleRunResult>> running = () => RunnerHarness.RunAsync(Outcomes("When the page never answers"), stepTimeout: TimeSpan.FromSeconds(1));

        // Without a working step timeout the step would hang the test host; this guard makes that a failure saying so.
        using var run = (await running.Should()
            .CompleteWithinAsync(TimeSpan.FromSeconds(60), "the step timeout, not the test host, must end a step that never finishes")).Subject;

        var verdict = run.Verdicts.Single();
        verdict.Attempts[^1].Failed.Should().BeTrue();
        verdict.Text().Should().Contain("FAILED at: the page never answers").And.Contain("OutcomeSteps.NeverAnswers did not finish within 1 s");
    }

    private static string Outcomes(params string[] steps) =>
        "@outcomes\nFeature: Outcomes\n  Scenario: one outcome\n" + string.Concat(steps.Select(step => $"    {step.TrimEnd()}\n"));
}
