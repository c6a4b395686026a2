using Cdp.TicketE2E.Fakes;
using FluentAssertions;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Cdp.TicketE2E.Tests.ReferenceApps;

/// <summary>The full create-ticket flow across two real origins: CDP page on 127.0.0.1, CRM embed on localhost.</summary>
[TestFixture]
public sealed class CreateTicketFlowTests : BrowserFixtureBase
{
    [Test]
    public async Task Created_ticket_is_linked_once_through_the_fallback_and_listed()
    {
        var scenario = await StartScenarioAsync();
        await scenario.OpenCustomerPageAsync();
        await Expect(scenario.Page.GetByTestId("customer-name")).ToHaveTextAsync("Ada Lovelace");
        await Expect(scenario.Page.GetByTestId("ticket-list-empty")).ToBeVisibleAsync();

        await scenario.OpenCreateTicketPanelAsync();
        await Expect(scenario.Embed.GetByTestId("embed-customer")).ToHaveTextAsync("Customer: C-1");
        await scenario.SubmitTicketAsync("Printer on fire");

        await Expect(scenario.TicketItems).ToHaveTextAsync(["Printer on fire"]);
        await Expect(scenario.Page.GetByTestId("ticket-embed-panel")).ToHaveCountAsync(0);
        await Expect(scenario.Page.GetByTestId("ticket-list-empty")).ToBeHiddenAsync();
        scenario.Crm.AssociationCalls.Should().Equal(new AssociationCall("C-1", "T-1001", 200));
        scenario.Crm.CreatedTickets.Should().Equal(new CreatedTicket("T-1001", "Printer on fire", "C-1", "cdp"));
        var init = (await scenario.EmbedLogAsync()).Should().ContainSingle(m => m.Type == "EMBED_INIT").Subject;
        init.Origin.Should().Be(scenario.Crm.Origin, "EMBED_INIT goes to the CRM origin only, never \"*\"");
    }

    [Test]
    public async Task When_CRM_associates_server_side_the_page_makes_no_fallback_call()
    {
        var scenario = await StartScenarioAsync(s => s with { CrmAssociatesServerSide = true });
        scenario.Crm.GivenCrmAssociatesServerSide();
        await scenario.OpenCustomerPageAsync();

        await scenario.OpenCreateTicketPanelAsync();
        await scenario.SubmitTicketAsync("Linked by CRM");

        await Expect(scenario.TicketItems).ToHaveTextAsync(["Linked by CRM"]);
        await scenario.WaitUntilTicketHandledAsync("T-1001");
        scenario.Crm.AssociationCalls.Should().BeEmpty();
    }

    [Test]
    public async Task A_failed_fallback_keeps_the_ticket_and_names_it_in_an_error()
    {
        var scenario = await StartScenarioAsync();
        scenario.Crm.GivenAssociationFails(500);
        await scenario.OpenCustomerPageAsync();

        await scenario.OpenCreateTicketPanelAsync();
        await scenario.SubmitTicketAsync("Orphan");

        await Expect(scenario.Page.GetByTestId("ticket-error")).ToContainTextAsync("Ticket T-1001 was created but could not be linked");
        await Expect(scenario.Page.GetByTestId("ticket-error")).ToContainTextAsync("\"Orphan\""); // the user knows the ticket by its title
        await Expect(scenario.Page.GetByTestId("ticket-success")).ToContainTextAsync("T-1001");
        scenario.Crm.AssociationCalls.Should().Equal(new AssociationCall("C-1", "T-1001", 500));
        scenario.Crm.CreatedTickets.Should().ContainSingle(t => t.Id == "T-1001");
    }

    [Test]
    public async Task A_creation_error_keeps_the_panel_open_and_shows_the_message()
    {
        var scenario = await StartScenarioAsync();
        scenario.Crm.GivenTicketCreationFails(503);
        await scenario.OpenCustomerPageAsync();

        await scenario.OpenCreateTicketPanelAsync();
        await scenario.SubmitTicketAsync("Doomed");

        await Expect(scenario.Page.GetByTestId("ticket-error")).ToContainTextAsync("HTTP 503");
        await Expect(scenario.Page.GetByTestId("ticket-embed-panel")).ToBeVisibleAsync();
        scenario.Crm.CreatedTickets.Should().BeEmpty();
        scenario.Crm.AssociationCalls.Should().BeEmpty();
    }

    [Test]
    public async Task Cancel_in_the_embed_closes_the_panel_without_any_call()
    {
        var scenario = await StartScenarioAsync();
        await scenario.OpenCustomerPageAsync();

        await scenario.OpenCreateTicketPanelAsync();
        // A DOM click: a mouse click on a button that removes its own out-of-process frame can hang (see EmbeddedTicketForm.CancelAsync).
        await scenario.Embed.GetByTestId("ticket-cancel").DispatchEventAsync("click");

        await Expect(scenario.Page.GetByTestId("ticket-embed-panel")).ToHaveCountAsync(0);
        scenario.Crm.CreatedTickets.Should().BeEmpty();
        scenario.Crm.AssociationCalls.Should().BeEmpty();
        (await scenario.EmbedLogAsync()).Should().Contain(m => m.Type == "EMBED_CLOSE" && m.Accepted);
    }

    [Test]
    public async Task Panel_shows_loading_until_the_embed_loads_then_follows_its_height()
    {
        var scenario = await StartScenarioAsync();
        await scenario.OpenCustomerPageAsync();

        await scenario.OpenCreateTicketPanelAsync();

        await Expect(scenario.Page.GetByTestId("ticket-embed-loading")).ToBeHiddenAsync();
        var frame = scenario.Page.GetByTestId("ticket-embed-frame");
        await Expect(frame).ToHaveAttributeAsync("sandbox", "allow-scripts allow-forms allow-same-origin");
        await Expect(frame).ToHaveAttributeAsync("src", scenario.Crm.BaseUrl + "embed/ticket/create?embed_source=cdp");
        await Expect(frame).ToHaveAttributeAsync("style", new System.Text.RegularExpressions.Regex(@"height: \d+px"));
        await scenario.Page.GetByTestId("ticket-embed-close").ClickAsync();
        await Expect(scenario.Page.GetByTestId("ticket-embed-panel")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task Already_associated_tickets_are_listed_on_open()
    {
        var scenario = await StartScenarioAsync();
        scenario.Crm.GivenTicketAlreadyAssociated("C-1", "T-7", "Old complaint");

        await scenario.OpenCustomerPageAsync();

        await Expect(scenario.TicketItems).ToHaveTextAsync(["Old complaint"]);
        await Expect(scenario.Page.GetByTestId("ticket-list-empty")).ToBeHiddenAsync();
    }
}
