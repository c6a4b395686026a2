using Cdp.TicketE2E.Runner.Bindings;
using Cdp.TicketE2E.Steps.Channels;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>Creating a ticket from the customer, on the scenario's platform.</summary>
[Binding]
public sealed class TicketCreationSteps(ChannelSelector channels)
{
    [When("the user creates the ticket {string} from the customer page")]
    public Task TheUserCreatesTheTicket(string title) => channels.Current.CreateTicketAsync(title);
}
