using Reqnroll;
using Cdp.TicketE2E.Steps.World;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>A failure that happens once, so the user can try again (the retry itself is a platform step).</summary>
[Binding]
public sealed class RetrySteps(TicketWorld world)
{
    [Given("ticket creation fails once")]
    public Task TicketCreationFailsOnce() => world.GivenTicketCreationFailsAsync(times: 1);

    [Given("the association update fails once")]
    public Task TheAssociationUpdateFailsOnce() => world.GivenAssociationUpdateFailsAsync(times: 1);
}
