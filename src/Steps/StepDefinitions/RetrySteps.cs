using Cdp.TicketE2E.Runner.Bindings;
using Cdp.TicketE2E.Steps.Channels.Mobile;
using Cdp.TicketE2E.Steps.Channels.Web;
using Cdp.TicketE2E.Steps.World;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>Trying again after a failure: creating in the same form (web), retrying the association update (mobile).</summary>
[Binding]
public sealed class RetrySteps(TicketWorld world, WebChannel web, MobileChannel mobile)
{
    [Given("ticket creation fails once")]
    public Task TicketCreationFailsOnce() => world.GivenTicketCreationFailsAsync(times: 1);

    [Given("the association update fails once")]
    public Task TheAssociationUpdateFailsOnce() => world.GivenAssociationUpdateFailsAsync(times: 1);

    [When("the user creates the ticket {string} again in the same form")]
    public Task TheUserCreatesTheTicketAgain(string title) => web.CreateAgainInOpenFormAsync(title);

    [When("the user retries the association")]
    public void TheUserRetriesTheAssociation() => mobile.RetryAssociation();
}
