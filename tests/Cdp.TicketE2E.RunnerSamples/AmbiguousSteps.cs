using Reqnroll;

namespace Cdp.TicketE2E.RunnerSamples;

// Two bindings for the same step text in the same scope: a step with that text is ambiguous.

[Binding]
[Scope(Tag = "ambiguous")]
internal sealed class FirstMatch
{
    [Given("a step two bindings match")]
    public void Matches()
    {
    }
}

[Binding]
[Scope(Tag = "ambiguous")]
internal sealed class SecondMatch
{
    [Given("a step two bindings match")]
    public void AlsoMatches()
    {
    }
}
