using Cdp.TicketE2E.Runner.Bindings;

namespace Cdp.TicketE2E.Tests.Runner;

// Hooks journal their own names, so a test can assert the order they ran in.
[Binding]
internal sealed class HookBindings(Journal journal)
{
    [BeforeTestRun]
    public static void BeforeRun(Journal journal) => journal.Add("before run");

    [AfterTestRun]
    public static void AfterRun(Journal journal) => journal.Add("after run");

    [BeforeScenario(Order = 2)]
    public void SecondBefore() => journal.Add("before scenario 2");

    [BeforeScenario(Order = 1)]
    public void FirstBefore() => journal.Add("before scenario 1");

    [BeforeScenario("@tagged")]
    public void TaggedBefore() => journal.Add("before tagged scenario");

    [BeforeStep]
    public void BeforeStep() => journal.Add("before step");

    [AfterStep]
    public void AfterStep() => journal.Add("after step");

    [AfterScenario]
    public void After() => journal.Add("after scenario");

    [Given("a step")]
    public void AStep() => journal.Add("step");
}
