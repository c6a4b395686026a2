using Reqnroll;
using Cdp.TicketE2E.Steps.Channels;
using Cdp.TicketE2E.Steps.World;
using FluentAssertions;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>Whether tickets ended up associated to the customer: CRM's side read from the fake, the screen's through the channel.</summary>
[Binding]
public sealed class AssociationSteps(TicketWorld world, ITicketChannel channel)
{
    [Then("the ticket {string} is associated to the customer")]
    public async Task TheTicketIsAssociated(string title)
    {
        var customer = world.RequireCustomer();
        var ticketsAssociatedInCrm = (await world.BackendsAsync()).TicketsAssociatedTo(customer.Id).Select(t => t.Title);
        ticketsAssociatedInCrm.Should().Contain(title,
            "\"{0}\" must end up associated to {1} in CRM (CRM lists {1}'s tickets as: {2})", title, customer.Name, string.Join(", ", ticketsAssociatedInCrm));
    }

    [Then("no ticket is associated to the customer")]
    public async Task NoTicketIsAssociated()
    {
        var customer = world.RequireCustomer();
        var ticketsAssociatedInCrm = (await world.BackendsAsync()).TicketsAssociatedTo(customer.Id).Select(t => t.Title);
        ticketsAssociatedInCrm.Should().BeEmpty("nothing was created for {0}, so CRM must not list any ticket as associated to {0}", customer.Name);
    }

    [Then("the customer's ticket list shows {string}")]
    public Task TheListShows(string title) => channel.ExpectTicketListedAsync(title);

    [Then("the customer's ticket list shows no tickets")]
    public Task TheListShowsNoTickets() => channel.ExpectNoTicketsListedAsync();

    [Then("the ticket {string} exists in CRM")]
    public async Task TheTicketExistsInCrm(string title)
    {
        var ticketsInCrm = (await world.BackendsAsync()).Tickets.Select(t => t.Title);
        ticketsInCrm.Should().Contain(title, "a ticket whose association failed must still be kept in CRM, not rolled back");
    }

    [Then("no association call was made and no error is shown")]
    public async Task NoAssociationCallAndNoError()
    {
        await channel.ExpectNoErrorShownAsync();
        var backends = await world.BackendsAsync();
        var calls = backends.AssociationCalls.Select(c => $"POST /v1/leads/{c.ContactId}/tickets/{c.TicketId}")
            .Concat(backends.AssociationUpdates.Select(u => $"PUT /v2.8/tickets/{u.TicketId} [{string.Join(", ", u.QontakCustomerIds)}]"));
        calls.Should().BeEmpty("the user abandoned creation, so there is no ticket for any association call to be about");
    }

    [Then("the user is told the ticket {string} was created but not associated")]
    public Task TheUserIsToldCreatedButNotAssociated(string title) => channel.ExpectCreatedButNotAssociatedNoticeAsync(title);
}
