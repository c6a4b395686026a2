using Cdp.TicketE2E.Cli.Execution;
using Cdp.TicketE2E.Reporting.Model;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Cli;

/// <summary>What ./e2e soak calls unstable: a scenario whose outcome was not the same in every run.</summary>
public sealed class SoakOutcomesTests
{
    [Test]
    public void A_scenario_that_passed_once_and_failed_once_is_unstable_with_both_runs()
    {
        var outcomes = new SoakOutcomes(runs: 2);
        outcomes.Add("a", 1, ScenarioStatus.Passed, null);
        outcomes.Add("a", 2, ScenarioStatus.Failed, "/r/run-2/evidence/a/trace.zip");
        outcomes.Add("b", 1, ScenarioStatus.Passed, null);
        outcomes.Add("b", 2, ScenarioStatus.Passed, null);

        var unstable = outcomes.Unstable();

        unstable.Should().ContainSingle().Which.Key.Should().Be("a");
        unstable[0].Value.Select(r => r.Status).Should().Equal(ScenarioStatus.Passed, ScenarioStatus.Failed);
    }

    [Test]
    public void A_scenario_that_failed_every_time_is_stable_and_one_missing_from_a_run_is_not()
    {
        var outcomes = new SoakOutcomes(runs: 2);
        outcomes.Add("always red", 1, ScenarioStatus.Failed, null);
        outcomes.Add("always red", 2, ScenarioStatus.Failed, null);
        outcomes.Add("only once", 1, ScenarioStatus.Passed, null);

        outcomes.Unstable().Select(u => u.Key).Should().Equal("only once");
    }
}
