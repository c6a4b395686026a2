using Reqnroll;
using Cdp.TicketE2E.Steps.Channels.Mobile;
using Cdp.TicketE2E.Steps.World;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>Mobile only: what the create screen starts with (pre-fill, OQ-M2) and a second customer added on it.</summary>
[Binding]
[Scope(Tag = "mobile")]
public sealed class MobileCreateTicketSteps(MobileChannel mobile, MobileScenarioApp app, TicketWorld world)
{
    [Given("the create screen cannot pre-fill the customer")]
    public void TheCreateScreenCannotPrefill() => app.WithoutPrefill();

    [Given("another customer {string}")]
    public Task AnotherCustomer(string name) => world.AddCustomerAsync(name);

    [When("the user creates the ticket {string} from the customer page with {string} as another customer")]
    public Task TheUserCreatesTheTicketWithAnotherCustomer(string title, string otherName) => mobile.CreateTicketAsync(title, alsoFor: otherName);
}
