using Reqnroll;
using Cdp.TicketE2E.Steps.Channels;
using FluentAssertions;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>The customer page itself: opening it, what it offers, being back on it.</summary>
[Binding]
public sealed class CustomerPageSteps(ITicketChannel channel)
{
    [When("the user opens the customer page")]
    public Task TheUserOpensTheCustomerPage() => channel.OpenCustomerAsync();

    [Then("the customer page offers to create a ticket")]
    public async Task TheCustomerPageOffersToCreate()
    {
        var creationOffered = await channel.OffersTicketCreationAsync();
        creationOffered.Should().BeTrue("a user who may create tickets, with the ticket feature on, is offered to create one from the customer page");
    }

    [Then("the customer page does not offer to create a ticket")]
    public async Task TheCustomerPageDoesNotOfferToCreate()
    {
        var creationOffered = await channel.OffersTicketCreationAsync();
        creationOffered.Should().BeFalse("creating a ticket is offered only to a user who may create tickets, and only while the ticket feature is on");
    }

    [Then("the user is back on the customer page")]
    public Task TheUserIsBackOnTheCustomerPage() => channel.ExpectOnCustomerAsync();
}
