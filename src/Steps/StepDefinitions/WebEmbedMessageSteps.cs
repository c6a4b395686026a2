using Reqnroll;
using Cdp.TicketE2E.Steps.Channels.Web;
using Cdp.TicketE2E.Steps.Contracts;
using Cdp.TicketE2E.Steps.World;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>Web: the embed messages between the customer page and CRM's form, each with its one effect.</summary>
[Binding]
[Scope(Tag = "web")]
public sealed class WebEmbedMessageSteps(WebChannel web, EmbedMessageProbe messages, WebFormExpectations form, TicketWorld world, TargetContracts contracts)
{
    [Given("the ticket form is open for the customer")]
    public Task TheTicketFormIsOpen() => web.OpenReadyTicketFormAsync();

    [When("the user creates the ticket {string} again in the same form")]
    public Task TheUserCreatesTheTicketAgain(string title) => web.CreateAgainInOpenFormAsync(title);

    [Then("the ticket form receives EMBED_INIT with the customer's id")]
    public Task TheFormReceivesEmbedInit() => form.ExpectFormReceivedInitAsync();

    [When("the ticket form sends TICKET_CREATED for the ticket {string}")]
    public async Task TheFormSendsTicketCreated(string title)
    {
        // The form reports a ticket CRM really holds, as it would after creating it.
        var ticket = await world.GivenUnassociatedTicketAsync(title);
        await messages.SendFromFormAsync(contracts.Embed.TicketCreatedFor(ticket.Id, ticket.Title));
    }

    [When("the ticket form sends TICKET_CREATED for the ticket {string} twice")]
    public Task TheFormSendsTicketCreatedTwice(string title) => messages.CreateReportedTwiceAsync(title);

    [When("the ticket form sends EMBED_CLOSE")]
    public Task TheFormSendsEmbedClose() => messages.SendFromFormAsync(contracts.Embed.Close());

    [When("the ticket form sends TICKET_CREATE_ERROR")]
    public Task TheFormSendsTicketCreateError() =>
        messages.SendFromFormAsync(contracts.Embed.CreateError("The ticket could not be created (CRM is unavailable)."));

    [When("the ticket form sends EMBED_RESIZE with a height of {int} pixels")]
    public Task TheFormSendsEmbedResize(int height) => messages.SendFromFormAsync(contracts.Embed.Resize(height));

    [Then("the ticket form is {int} pixels high")]
    public Task TheFormIsPixelsHigh(int height) => form.ExpectFormHeightAsync(height);

    [Then("the ticket form is as high as the panel's {word} height")]
    public Task TheFormIsAtTheBound(string bound) => form.ExpectFormAtBoundAsync(bound);

    [Then("the user is told ticket creation is unavailable")]
    public Task TheUserIsToldCreationIsUnavailable() => form.ExpectCreationUnavailableAsync();

    [Then("the user is told the ticket was not created")]
    public Task TheUserIsToldNotCreated() => form.ExpectNotCreatedNoticeAsync();
}
