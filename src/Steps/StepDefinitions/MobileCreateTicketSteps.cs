using Cdp.TicketE2E.Runner.Bindings;
using Cdp.TicketE2E.Steps.Channels.Mobile;
using Cdp.TicketE2E.Steps.World;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>Mobile only: a second customer on the ticket, added on the create screen.</summary>
[Binding]
public sealed class MobileCreateTicketSteps(MobileChannel mobile, TicketWorld world)
{
    [Given("another customer {string}")]
    public async Task AnotherCustomer(string name)
    {
        var other = Customer.Named(name);
        (await world.CrmAsync()).Mobile.GivenContact(other.Id, other.Name);
    }

    [When("the user creates the ticket {string} from the customer page with {string} as another customer")]
    public Task TheUserCreatesTheTicketWithAnotherCustomer(string title, string otherName) => mobile.CreateTicketAsync(title, alsoFor: otherName);
}
