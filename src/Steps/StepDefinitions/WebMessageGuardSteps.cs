using Reqnroll;
using Cdp.TicketE2E.Steps.Channels.Web;
using Cdp.TicketE2E.Steps.Drivers.Web;
using Cdp.TicketE2E.Steps.Contracts;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>Web: messages the customer page must ignore (another origin, outside the contract, malformed) and who must not hear it.</summary>
[Binding]
[Scope(Tag = "web")]
public sealed class WebMessageGuardSteps(
    EmbedMessageProbe messages, WebFormExpectations form, EmbedRequestControl formRequests, ForeignOriginPage otherOrigin, TargetContracts contracts)
{
    [When("a page of another origin sends {word}")]
    public Task APageOfAnotherOriginSends(string type) => messages.SendFromOtherOriginAsync(contracts.Embed.WellFormed(type));

    [When("the ticket form sends a message of the unknown type {string}")]
    public Task TheFormSendsAnUnknownType(string type) =>
        messages.SendFromFormAsync(contracts.Embed.TicketCreatedFor("T-UNKNOWN", "Unknown message") with { Type = type });

    [When("the ticket form sends TICKET_CREATED without a ticket id")]
    public Task TheFormSendsTicketCreatedWithoutId() =>
        messages.SendFromFormAsync(contracts.Embed.TicketCreatedFor("T-NO-ID", "No id")
            .Without(contracts.Embed.Message(EmbedContract.TicketCreated).Field("ticketId")));

    [When("the ticket form sends EMBED_RESIZE with a height that is not a number")]
    public Task TheFormSendsEmbedResizeWithoutNumber() =>
        messages.SendFromFormAsync(contracts.Embed.Resize(480).With(contracts.Embed.Message(EmbedContract.EmbedResize).Field("height"), "tall"));

    [When(@"^a page of (the CRM host on another port|a host that starts with the CRM host|a host that contains the CRM host|the CRM host and port over https) sends (\w+)$")]
    public Task APageOfALookAlikeOriginSends(string origin, string type) => messages.SendFromLookAlikeAsync(origin switch
    {
        "the CRM host on another port" => LookAlikeOrigin.CrmHostOnAnotherPort,
        "a host that starts with the CRM host" => LookAlikeOrigin.HostStartingWithCrmHost,
        "a host that contains the CRM host" => LookAlikeOrigin.HostContainingCrmHost,
        _ => LookAlikeOrigin.CrmHostAndPortOverHttps,
    }, contracts.Embed.WellFormed(type));

    [When("the ticket form sends EMBED_RESIZE with a negative height")]
    public Task TheFormSendsANegativeHeight() => messages.SendFromFormAsync(contracts.Embed.Resize(-20));

    [When("the ticket form sends EMBED_CLOSE without a version")]
    public Task TheFormSendsEmbedCloseWithoutAVersion() => messages.SendFromFormAsync(contracts.Embed.Close() with { Version = null });

    [When("the ticket form sends EMBED_CLOSE of another contract version")]
    public Task TheFormSendsEmbedCloseOfAnotherVersion() => messages.SendFromFormAsync(contracts.Embed.Close() with { Version = "99." + contracts.Embed.Version });

    [Then("the customer page ignores the message")]
    public Task TheCustomerPageIgnoresTheMessage() => messages.ExpectIgnoredAsync();

    [Given("the ticket form redirects to a page of another origin")]
    public async Task TheFormRedirectsToAnotherOrigin()
    {
        var landing = (await otherOrigin.SiteAsync()).LandingPage;
        await formRequests.RedirectAsync(landing);
    }

    [Then("the page of another origin receives no EMBED_INIT")]
    public Task ThePageOfAnotherOriginReceivesNoEmbedInit() => form.ExpectOtherOriginGotNoInitAsync();
}
