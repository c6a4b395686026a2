using Reqnroll;
using Cdp.TicketE2E.Runner.Glue;
using FluentAssertions;
using Io.Cucumber.Messages.Types;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Runner;

[NonParallelizable] // sample runs share Reqnroll's one runner manager per binding assembly
public sealed class RetryTests
{
    private const string Flaky = """
        @flaky
        Feature: Retries
          Scenario: flaky
            Given a step that passes only on its second try
        """;

    [Test]
    public async Task A_scenario_that_fails_once_then_passes_is_two_attempts_the_first_retried_and_the_verdict_flaky()
    {
        using var run = await RunnerHarness.RunAsync(Flaky, retries: 1);

        var verdict = run.Verdicts.Single();
        verdict.Flaky.Should().BeTrue(verdict.Text());
        verdict.Attempts.Select(a => a.Failed).Should().Equal(true, false);
        verdict.Attempts[0].Message.Should().Contain("the first try fails");
        run.Envelopes.All<TestCaseStarted>().Select(s => s.Attempt).Should().Equal(0, 1);
        run.Envelopes.All<TestCaseFinished>().Select(f => f.WillBeRetried).Should().Equal(true, false);
    }

    [Test]
    public async Task Without_retries_the_same_scenario_fails()
    {
        using var run = await RunnerHarness.RunAsync(Flaky, retries: 0);

        run.Verdicts.Single().Attempts[^1].Failed.Should().BeTrue();
        run.Envelopes.All<TestCaseFinished>().Select(f => f.WillBeRetried).Should().Equal(false);
    }
}
