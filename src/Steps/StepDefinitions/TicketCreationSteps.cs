using Cdp.TicketE2E.Runner.Bindings;
using Cdp.TicketE2E.Steps.Channels;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>Creating a ticket from the customer, on the scenario's platform.</summary>
[Binding]
public sealed class TicketCreationSteps(ChannelSelector channels)
{
    [When("the user creates the ticket {string} from the customer page")]
    public Task TheUserCreatesTheTicket(string title) => channels.Current.CreateTicketAsync(title);

    [When("the user tries to create the ticket {string} from the customer page")]
    public Task TheUserTriesToCreateTheTicket(string title) => channels.Current.TryCreateTicketAsync(title);

    [When("the user chooses to create a ticket from the customer page")]
    public Task TheUserChoosesToCreateATicket() => channels.Current.OpenTicketFormAsync();

    [When("the user cancels the ticket form")]
    public Task TheUserCancelsTheTicketForm() => channels.Current.CancelTicketFormAsync();

    [Then("the ticket form is shown")]
    public Task TheTicketFormIsShown() => channels.Current.ExpectTicketFormShownAsync();
}
