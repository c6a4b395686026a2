using Cdp.TicketE2E.Runner.Glue;
using FluentAssertions;
using Io.Cucumber.Messages.Types;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Runner;

[NonParallelizable] // sample runs share Reqnroll's one runner manager per binding assembly
public sealed class HookTests
{
    [Test]
    public async Task Scenario_hooks_run_in_their_Order_and_a_tag_scoped_hook_only_for_its_tag()
    {
        using var run = await RunnerHarness.RunAsync("""
            @hooks
            Feature: Hooks
              @hooks-tagged
              Scenario: tagged
                Given a step
              Scenario: untagged
                Given a step
            """);

        run.Journal.Entries.Should().Equal(
            "before run",
            "before scenario 1", "before scenario 2", "before tagged scenario", "step of tagged", "after scenario 1", "after scenario 2",
            "before scenario 1", "before scenario 2", "step of untagged", "after scenario 1", "after scenario 2",
            "after run");
    }

    [Test]
    public async Task A_failing_After_hook_is_a_FAILED_hook_step_and_fails_the_scenario_and_the_run()
    {
        using var run = await RunnerHarness.RunAsync("""
            @hooks @after-hook-fails
            Feature: Teardown
              Scenario: the session cannot close
                Given a step
            """);

        var verdict = run.Verdicts.Single();
        verdict.Attempts[^1].Failed.Should().BeTrue("the test host and the stream must agree");
        verdict.Text().Should().Contain("FAILED at: After hook FailingAfterHook.CloseTheSession").And.Contain("the browser context would not close");
        run.Envelopes.ResultOfStep("a step").Status.Should().Be(TestStepResultStatus.PASSED);
        run.Envelopes.ResultOfHook("FailingAfterHook.CloseTheSession").Status.Should().Be(TestStepResultStatus.FAILED);
        run.Envelopes.All<TestRunFinished>().Single().Success.Should().BeFalse();
    }
}
