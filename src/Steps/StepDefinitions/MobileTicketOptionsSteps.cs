using Reqnroll;
using Cdp.TicketE2E.Steps.Channels.Mobile;
using Cdp.TicketE2E.Steps.World;
using FluentAssertions;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>Mobile only: the "From Existing / Create New" sheet and what the create screen opens with.</summary>
[Binding]
[Scope(Tag = "mobile")]
public sealed class MobileTicketOptionsSteps(MobileChannel mobile, TicketWorld world)
{
    [When("the user opens the ticket options on the customer page")]
    public Task TheUserOpensTheTicketOptions() => mobile.OpenTicketOptionsAsync();

    [Then("the ticket options offer {string} and {string}")]
    public void TheTicketOptionsOffer(string first, string second) => mobile.TicketOptions().Should()
        .Contain([first, second], "a permitted user with the ticket flag on can add an existing ticket or create a new one");

    [Then("the ticket form has the customer filled in")]
    public void TheTicketFormHasTheCustomer() => mobile.TicketFormCustomers().Should()
        .Contain(world.RequireCustomer().Name, "the create screen opens for this contact (OQ-M2: pre-fill supported)");
}
