using Reqnroll;
using Cdp.TicketE2E.Steps.Channels;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>Creating a ticket from the customer, on the scenario's platform.</summary>
[Binding]
public sealed class TicketCreationSteps(ITicketChannel channel)
{
    [When("the user creates the ticket {string} from the customer page")]
    public Task TheUserCreatesTheTicket(string title) => channel.CreateTicketAsync(title);

    [When("the user tries to create the ticket {string} from the customer page")]
    public Task TheUserTriesToCreateTheTicket(string title) => channel.TryCreateTicketAsync(title);

    [When("the user chooses to create a ticket from the customer page")]
    public Task TheUserChoosesToCreateATicket() => channel.OpenTicketFormAsync();

    [When("the user cancels the ticket form")]
    public Task TheUserCancelsTheTicketForm() => channel.CancelTicketFormAsync();

    [Then("the ticket form is shown")]
    public Task TheTicketFormIsShown() => channel.ExpectTicketFormShownAsync();
}
