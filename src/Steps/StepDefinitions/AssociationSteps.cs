using Cdp.TicketE2E.Runner.Bindings;
using Cdp.TicketE2E.Steps.Channels;
using Cdp.TicketE2E.Steps.World;
using FluentAssertions;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>Whether the ticket ended up associated to the customer, in the backend and on screen.</summary>
[Binding]
public sealed class AssociationSteps(TicketWorld world, ChannelSelector channels)
{
    [Then("the ticket {string} is associated to the customer")]
    public async Task TheTicketIsAssociated(string title)
    {
        var customer = world.RequireCustomer();
        var associated = (await world.CrmAsync()).TicketsAssociatedTo(customer.Id);
        associated.Select(t => t.Title).Should().Contain(title,
            "a ticket created from {0}'s page must end up associated to {0} in the backend", customer.Name);
    }

    [Then("the customer's ticket list shows {string}")]
    public Task TheListShows(string title) => channels.Current.ExpectTicketListedAsync(title);
}
