using Cdp.TicketE2E.Runner.Bindings;
using Cdp.TicketE2E.Steps.Channels.Web;
using Cdp.TicketE2E.Steps.Drivers.Web;
using Cdp.TicketE2E.Steps.World;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>Web: messages the customer page must ignore (another origin, outside the contract, malformed) and who must not hear it.</summary>
[Binding]
public sealed class WebMessageGuardSteps(
    EmbedMessageProbe messages, WebFormExpectations form, EmbedRequestControl formRequests, ForeignOriginPage otherOrigin, TicketWorld world)
{
    [When("a page of another origin sends {word}")]
    public Task APageOfAnotherOriginSends(string type) => messages.SendFromOtherOriginAsync(EmbedContract.WellFormed(type));

    [When("the ticket form sends a message of the unknown type {string}")]
    public Task TheFormSendsAnUnknownType(string type) =>
        messages.SendFromFormAsync(ContractViolations.UnknownType(type));

    [When("the ticket form sends TICKET_CREATED without a ticket id")]
    public Task TheFormSendsTicketCreatedWithoutId() =>
        messages.SendFromFormAsync(ContractViolations.TicketCreatedWithoutTicketId());

    [When("the ticket form sends EMBED_RESIZE with a height that is not a number")]
    public Task TheFormSendsEmbedResizeWithoutNumber() =>
        messages.SendFromFormAsync(ContractViolations.ResizeWithHeightThatIsNotANumber());

    [Then("the customer page ignores the message")]
    public Task TheCustomerPageIgnoresTheMessage() => messages.ExpectIgnoredAsync();

    [Given("the ticket form redirects to a page of another origin")]
    public async Task TheFormRedirectsToAnotherOrigin()
    {
        var landing = (await otherOrigin.SiteAsync()).LandingPage;
        await formRequests.RedirectAsync((await world.CrmAsync()).EmbedUrl, landing);
    }

    [Then("the page of another origin receives no EMBED_INIT")]
    public Task ThePageOfAnotherOriginReceivesNoEmbedInit() => form.ExpectOtherOriginGotNoInitAsync();
}
