using Reqnroll;
using Cdp.TicketE2E.Steps.World;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>What CRM fails at, on whichever platform the scenario runs.</summary>
[Binding]
public sealed class CrmFaultSteps(TicketWorld world)
{
    [Given("ticket creation fails")]
    public Task TicketCreationFails() => world.GivenTicketCreationFailsAsync();

    [Given("CRM's form cannot sign the user in")]
    public Task CrmsFormCannotSignTheUserIn() => world.GivenEmbedSignInFailsAsync();

    [Given("association fails")]
    public Task AssociationFails() => world.GivenAssociationFailsAsync();
}
