using Reqnroll;
using Cdp.TicketE2E.Steps.Channels;
using Cdp.TicketE2E.Steps.World;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>The unchanged path: associating a ticket that already exists in CRM.</summary>
[Binding]
public sealed class ExistingTicketSteps(TicketWorld world, ITicketChannel channel)
{
    [Given("a ticket {string} that is associated to no customer")]
    public Task ATicketAssociatedToNoCustomer(string title) => world.GivenUnassociatedTicketAsync(title);

    [When("the user associates the existing ticket {string} from the customer page")]
    public Task TheUserAssociatesTheExistingTicket(string title) => channel.AssociateExistingTicketAsync(title);
}
