using Reqnroll;

namespace Cdp.TicketE2E.RunnerSamples;

/// <summary>Fails on a scenario's first try and passes on its retry: the shape of a flaky scenario.</summary>
[Binding]
[Scope(Tag = "flaky")]
internal sealed class FlakySteps(Tries tries, ScenarioContext scenario)
{
    [Given("a step that passes only on its second try")]
    public void PassesOnSecondTry()
    {
        if (tries.Next(scenario.ScenarioInfo.Title) == 1) throw new InvalidOperationException("the first try fails");
    }
}
