using Cdp.TicketE2E.Runner.Bindings;
using Cdp.TicketE2E.Steps.World;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>Who the customer is and what the user may do. The permission key and flag name are configuration (OQ-4, UNK-flags).</summary>
[Binding]
public sealed class CustomerSteps(TicketWorld world)
{
    [Given("a customer {string} with no associated tickets")]
    public Task ACustomerWithNoTickets(string name) => world.AddCustomerAsync(name);

    [Given("the user may create tickets")]
    public void TheUserMayCreateTickets() => world.UserCanCreateTickets = true;

    [Given("the user may not create tickets")]
    public void TheUserMayNotCreateTickets() => world.UserCanCreateTickets = false;

    [Given("the ticket feature is on")]
    public void TheTicketFeatureIsOn() => world.CreateTicketFlagOn = true;

    [Given("the ticket feature is off")]
    public void TheTicketFeatureIsOff() => world.CreateTicketFlagOn = false;
}
