using Reqnroll;
using Cdp.TicketE2E.Steps.World;
using FluentAssertions;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>Web, OQ-6: whether CRM associates server-side, and the customer page's own association call.</summary>
[Binding]
[Scope(Tag = "web")]
public sealed class WebAssociationCallSteps(TicketWorld world)
{
    [Given("CRM associates tickets server-side")]
    public Task CrmAssociatesServerSide() => world.GivenCrmAssociatesServerSideAsync(true);

    [Given("CRM does not associate tickets server-side")]
    public Task CrmDoesNotAssociateServerSide() => world.GivenCrmAssociatesServerSideAsync(false);

    [Then("the customer page made the CDP association call for {string} exactly once")]
    public async Task TheCustomerPageMadeTheCallOnce(string title)
    {
        var crm = await world.BackendsAsync();
        var customer = world.RequireCustomer();
        var ticket = crm.CreatedTickets.Should().ContainSingle(t => t.Title == title, "the user created \"{0}\" once", title).Subject;
        var customersLinkedByCalls = crm.AssociationCalls.Where(c => c.TicketId == ticket.Id).Select(c => c.ContactId);
        customersLinkedByCalls.Should().Equal([customer.Id],
            "when CRM does not associate server-side, the customer page links {0} to {1} ({2}) itself, with exactly one call",
            ticket.Id, customer.Name, customer.Id);
    }

    [Then("the customer page made no CDP association call")]
    public async Task TheCustomerPageMadeNoCall()
    {
        var associationCalls = (await world.BackendsAsync()).AssociationCalls;
        associationCalls.Should().BeEmpty(
            "CRM already associated the ticket server-side, so a call of the customer page's own would link it again; it made {0}",
            string.Join(", ", associationCalls.Select(c => $"POST /v1/leads/{c.ContactId}/tickets/{c.TicketId}")));
    }
}
