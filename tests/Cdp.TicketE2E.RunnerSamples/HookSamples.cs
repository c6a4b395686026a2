using Reqnroll;

namespace Cdp.TicketE2E.RunnerSamples;

/// <summary>
/// Hooks that journal their own names, so a test sees the order they ran in. Each is scoped by its own tag (a class-level
/// scope would widen a tagged hook to the whole class's tag): only @hooks features meet them, @hooks-tagged adds one.
/// </summary>
[Binding]
internal sealed class OrderedHooks(Journal journal)
{
    [BeforeScenario("hooks", Order = 2)]
    public void SecondBefore() => journal.Add("before scenario 2");

    [BeforeScenario("hooks", Order = 1)]
    public void FirstBefore() => journal.Add("before scenario 1");

    [BeforeScenario("hooks-tagged", Order = 3)]
    public void TaggedBefore() => journal.Add("before tagged scenario");

    [AfterScenario("hooks", Order = 2)]
    public void SecondAfter() => journal.Add("after scenario 2");

    [AfterScenario("hooks", Order = 1)]
    public void FirstAfter() => journal.Add("after scenario 1");
}

[Binding]
[Scope(Tag = "hooks")]
internal sealed class HookSteps(Journal journal, ScenarioContext scenario)
{
    [Given("a step")]
    public void AStep() => journal.Add($"step of {scenario.ScenarioInfo.Title}");
}

/// <summary>A teardown that fails after every step passed, as closing a browser context can.</summary>
[Binding]
internal sealed class FailingAfterHook
{
    [AfterScenario("after-hook-fails")]
    public void CloseTheSession() => throw new InvalidOperationException("the browser context would not close");
}
