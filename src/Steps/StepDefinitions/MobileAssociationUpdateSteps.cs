using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Channels.Mobile;
using Reqnroll;
using Cdp.TicketE2E.Steps.World;
using FluentAssertions;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>Mobile only: what the app sent to CRM's v2.8 ticket API (create, then the association update), and retrying that update.</summary>
[Binding]
[Scope(Tag = "mobile")]
public sealed class MobileAssociationUpdateSteps(TicketWorld world, MobileChannel mobile, HarnessSettings settings)
{
    [When("the user retries the association")]
    public void TheUserRetriesTheAssociation() => mobile.RetryAssociation();

    [Then("the app created the ticket {string} in CRM exactly once")]
    public async Task TheAppCreatedTheTicketOnce(string title) => (await world.BackendsAsync()).TicketCreations
        .Count(c => c.Ticket is not null && c.Title == title).Should().Be(1, "\"{0}\" was created once; retrying its association must not create it again", title);

    [Then("the app created the ticket {string} in the ticket pipeline")]
    public async Task TheAppCreatedTheTicketInThePipeline(string title) => (await world.BackendsAsync()).TicketCreations
        .Where(c => c.Ticket is not null && c.Title == title).Select(c => c.PipelineId).Should().Equal([settings.Mobile.PipelineId],
            "the create screen is opened for the ticket pipeline (CreateTicketArgument(pipelineId), E2E:Mobile:PipelineId)");

    [Then("the app sent one association update for {string}")]
    public async Task TheAppSentOneUpdate(string title) => (await world.BackendsAsync()).AssociationUpdatesFor(title).Should()
        .ContainSingle("back on the contact, the app updates the created ticket once: PUT /v2.8/tickets/{{id}} for \"{0}\"", title);

    [Then("the app's association update for {string} keeps {string}")]
    public async Task TheUpdateKeeps(string title, string otherName)
    {
        var other = world.CustomerNamed(otherName);
        var update = await LastUpdateAsync(title);
        update.QontakCustomerIds.Should().Contain(other.Id,
            "the update replaces the ticket's customers, so it must carry {0}, already on the ticket, along with the contact (sent: [{1}])",
            otherName, string.Join(", ", update.QontakCustomerIds));
    }

    [Then("the app created the ticket {string} in CRM")]
    public async Task TheAppCreatedTheTicket(string title) => (await world.BackendsAsync()).TicketCreations
        .Where(c => c.Ticket is not null).Select(c => c.Title).Should().Contain(title, "submitting the create screen creates the ticket through POST /v2.8/tickets");

    [Then("the app's association update for {string} includes the customer")]
    public async Task TheUpdateIncludesTheCustomer(string title)
    {
        var customer = world.RequireCustomer();
        var update = await LastUpdateAsync(title);
        update.QontakCustomerIds.Should().Contain(customer.Id, "back on {0} with the created ticket, the app adds {0} to the ticket's customers", customer.Name);
    }

    [Then("the app's association update for {string} includes the customer exactly once")]
    public async Task TheUpdateIncludesTheCustomerOnce(string title)
    {
        var customer = world.RequireCustomer();
        var update = await LastUpdateAsync(title);
        update.QontakCustomerIds.Count(id => id == customer.Id).Should().Be(1,
            "the update lists {0} once even when the created ticket already carries {0} (sent: [{1}])", customer.Name, string.Join(", ", update.QontakCustomerIds));
    }

    [Then("the ticket {string} is also associated to {string}")]
    public async Task TheTicketIsAlsoAssociatedTo(string title, string otherName)
    {
        var crm = await world.BackendsAsync();
        var other = world.CustomerNamed(otherName);
        // Both views of CRM: the ticket's own customer list (v2.8 API) and the customer's tickets.
        var ticket = crm.TicketTitled(title);
        ticket.Should().NotBeNull("the app created \"{0}\" through the v2.8 ticket API", title);
        ticket!.CustomerIds.Should().Contain(other.Id,
            "the association update keeps the customers already on the ticket, so {0} stays on it", otherName);
        crm.TicketsAssociatedTo(other.Id).Select(t => t.Title).Should().Contain(title);
    }

    [Then("the ticket {string} is not associated to the customer")]
    public async Task TheTicketIsNotAssociated(string title)
    {
        var customer = world.RequireCustomer();
        (await world.BackendsAsync()).TicketsAssociatedTo(customer.Id).Select(t => t.Title).Should().NotContain(title,
            "\"{0}\" was created without {1} and the update that would add {1} failed, so CRM must not list it as associated to {1}", title, customer.Name);
    }

    private async Task<Fakes.Mobile.MobileAssociationUpdate> LastUpdateAsync(string title)
    {
        var updates = (await world.BackendsAsync()).AssociationUpdatesFor(title);
        updates.Should().NotBeEmpty("back on the contact with a created ticket, the app sends PUT /v2.8/tickets/{{id}} for \"{0}\"", title);
        return updates[^1];
    }
}
