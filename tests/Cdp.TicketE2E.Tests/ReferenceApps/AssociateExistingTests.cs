using Cdp.TicketE2E.Fakes;
using FluentAssertions;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Cdp.TicketE2E.Tests.ReferenceApps;

/// <summary>The unchanged "associate existing" path: pick a ticket CRM holds, link it with the lead-ticket call, refresh the list.</summary>
[TestFixture]
public sealed class AssociateExistingTests : BrowserFixtureBase
{
    [TestCase(true)]
    [TestCase(false)]
    public async Task Choosing_a_ticket_links_it_closes_the_dialog_and_refreshes_the_list(bool mayCreate)
    {
        var scenario = await StartScenarioAsync(s => s with { UserCanCreateTickets = mayCreate });
        var printer = scenario.Crm.GivenTicket("Printer jam");
        scenario.Crm.GivenTicket("Printer jam (old)");
        await scenario.OpenCustomerPageAsync();

        await scenario.Page.GetByTestId("associate-existing-button").ClickAsync();
        await scenario.Page.GetByTestId("associate-existing-option").And(scenario.Page.GetByText("Printer jam", new() { Exact = true })).ClickAsync();

        await Expect(scenario.Page.GetByTestId("associate-existing-dialog")).ToBeHiddenAsync();
        await Expect(scenario.TicketItems).ToHaveTextAsync(["Printer jam"]);
        await Expect(scenario.TicketsSection).ToHaveAttributeAsync("data-load-count", "2");
        scenario.Crm.AssociationCalls.Should().Equal(new AssociationCall("C-1", printer.Id, 200));
    }

    [Test]
    public async Task A_link_that_fails_is_reported_and_nothing_is_listed()
    {
        var scenario = await StartScenarioAsync();
        scenario.Crm.GivenTicket("Printer jam");
        scenario.Crm.GivenAssociationFails(503);
        await scenario.OpenCustomerPageAsync();

        await scenario.Page.GetByTestId("associate-existing-button").ClickAsync();
        await scenario.Page.GetByTestId("associate-existing-option").ClickAsync();

        await Expect(scenario.Page.GetByTestId("ticket-error")).ToContainTextAsync("\"Printer jam\" could not be linked to this customer (HTTP 503)");
        await Expect(scenario.TicketItems).ToHaveCountAsync(0);
        await Expect(scenario.TicketsSection).ToHaveAttributeAsync("data-load-count", "1");
    }

    [Test]
    public async Task The_dialog_lists_every_ticket_CRM_holds_and_closes_without_linking()
    {
        var scenario = await StartScenarioAsync();
        scenario.Crm.GivenTicket("First");
        scenario.Crm.GivenTicket("Second");
        await scenario.OpenCustomerPageAsync();

        await scenario.Page.GetByTestId("associate-existing-button").ClickAsync();
        await Expect(scenario.Page.GetByTestId("associate-existing-option")).ToHaveTextAsync(["First", "Second"]);
        await scenario.Page.GetByTestId("associate-existing-dialog-close").ClickAsync();

        await Expect(scenario.Page.GetByTestId("associate-existing-dialog")).ToBeHiddenAsync();
        scenario.Crm.AssociationCalls.Should().BeEmpty();
    }
}
