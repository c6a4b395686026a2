using Cdp.TicketE2E.Runner.Bindings;
using Cdp.TicketE2E.Runner.Execution;

namespace Cdp.TicketE2E.Tests.Runner;

// Fails on the first attempt and passes on the retry: the shape of a flaky scenario.
[Binding]
internal sealed class FlakyBindings(ScenarioContext scenario)
{
    [Given("a step that passes only on a retry")]
    public void PassesOnRetry()
    {
        if (scenario.Attempt == 0) throw new InvalidOperationException("first attempt fails");
    }

    [Given("a step that leaves evidence and fails")]
    public void LeavesEvidence()
    {
        scenario.AttachText("journal.txt", "GET /embed/ticket/create 200");
        throw new InvalidOperationException("boom");
    }
}
