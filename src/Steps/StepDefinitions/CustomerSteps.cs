using Reqnroll;
using Cdp.TicketE2E.Steps.World;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>Who the customer is and what the user may do. The permission key and flag name are configuration (OQ-4, UNK-flags).</summary>
[Binding]
public sealed class CustomerSteps(TicketWorld world)
{
    [Given("a customer {string} with no associated tickets")]
    public Task ACustomerWithNoTickets(string name) => world.AddCustomerAsync(name);

    [Given("the user may create tickets")]
    public Task TheUserMayCreateTickets() => world.GivenUserMayCreateTicketsAsync(true);

    [Given("the user may not create tickets")]
    public Task TheUserMayNotCreateTickets() => world.GivenUserMayCreateTicketsAsync(false);

    [Given("the ticket feature is on")]
    public Task TheTicketFeatureIsOn() => world.GivenTicketFeatureAsync(true);

    [Given("the ticket feature is off")]
    public Task TheTicketFeatureIsOff() => world.GivenTicketFeatureAsync(false);
}
