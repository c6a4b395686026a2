using Cdp.TicketE2E.Runner.Bindings;
using FluentAssertions;
using Io.Cucumber.Messages.Types;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Runner;

/// <summary>What happens while a scenario is torn down is part of its record: a failing disposal fails the scenario in the stream.</summary>
public sealed class TeardownTests
{
    [Test]
    public async Task A_disposal_that_throws_is_a_failed_teardown_hook_and_fails_the_scenario_everywhere()
    {
        var harness = new RunnerHarness();

        var results = await harness.RunAsync("""
            Feature: Teardown
              Scenario: the session cannot close
                Given a session that cannot close
            """, typeof(BrokenTeardownSteps));

        results.Single().Status.Should().Be(TestStepResultStatus.FAILED, "the test host and the stream must agree");
        results.Single().Describe().Should().Contain("After hook ScenarioTeardown.DisposeScenarioObjects").And.Contain("the browser context would not close");
        var envelopes = harness.Sink.Envelopes;
        var teardownHook = envelopes.Single(e => e.Hook?.Name == "ScenarioTeardown.DisposeScenarioObjects").Hook;
        var testCase = envelopes.Single(e => e.TestCase != null).TestCase;
        var teardownStep = testCase.TestSteps.Last();
        teardownStep.HookId.Should().Be(teardownHook.Id, "the teardown is the test case's last step");
        envelopes.Single(e => e.TestStepFinished?.TestStepId == teardownStep.Id).TestStepFinished.TestStepResult.Status
            .Should().Be(TestStepResultStatus.FAILED);
        harness.Journal.Entries.Should().Contain("the other object was still disposed");
    }

    [Test]
    public async Task Teardown_runs_after_a_failed_step_too()
    {
        var harness = new RunnerHarness();

        await harness.RunAsync("""
            Feature: Teardown
              Scenario: fails first
                Given an empty basket
                Then it fails with "boom"
            """, typeof(BasketSteps));

        harness.Journal.Entries.Should().Contain("disposed basket 0");
    }
}

internal sealed class SessionThatCannotClose : IAsyncDisposable
{
    public ValueTask DisposeAsync() => throw new InvalidOperationException("the browser context would not close");
}

internal sealed class OtherObject(Journal journal) : IDisposable
{
    public void Dispose() => journal.Add("the other object was still disposed");
}

[Binding]
internal sealed class BrokenTeardownSteps(OtherObject other, SessionThatCannotClose session)
{
    [Given("a session that cannot close")]
    public void ASessionThatCannotClose() => (other, session).ToString();
}
