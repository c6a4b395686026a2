using Reqnroll;

namespace Cdp.TicketE2E.RunnerSamples;

/// <summary>Per-scenario state, constructor-injected into every binding of a scenario; its disposal is journaled.</summary>
public sealed class Basket(Journal journal) : IDisposable
{
    public Guid Identity { get; } = Guid.NewGuid();

    public void Dispose() => journal.Add($"disposed basket {Identity}");
}

[Binding]
[Scope(Tag = "injection")]
internal sealed class BasketSteps(Basket basket, Journal journal)
{
    [Given("an empty basket")]
    public void EmptyBasket() => journal.Add($"basket {basket.Identity}");
}

// A second binding class of the same scenario: it must get the same basket.
[Binding]
[Scope(Tag = "injection")]
internal sealed class OtherBasketSteps(Basket basket, Journal journal)
{
    [Then("another binding sees the basket")]
    public void SeesTheBasket() => journal.Add($"basket {basket.Identity}");
}
