using Cdp.TicketE2E.Runner.Bindings;
using Cdp.TicketE2E.Steps.World;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>Who the customer is and what the user may do.</summary>
[Binding]
public sealed class CustomerSteps(TicketWorld world)
{
    [Given("a customer {string} with no associated tickets")]
    public Task ACustomerWithNoTickets(string name) => world.AddCustomerAsync(name);

    [Given("the user may create tickets")]
    public void TheUserMayCreateTickets()
    {
        world.UserCanCreateTickets = true;
        world.CreateTicketFlagOn = true;
    }
}
