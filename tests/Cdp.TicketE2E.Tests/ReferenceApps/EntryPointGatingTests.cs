using Cdp.TicketE2E.ReferenceApps.Web;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Cdp.TicketE2E.Tests.ReferenceApps;

/// <summary>The Create Ticket entry point exists only with permission and flag; "associate existing" always does.</summary>
[TestFixture]
public sealed class EntryPointGatingTests : BrowserFixtureBase
{
    [TestCase(false, true)]
    [TestCase(true, false)]
    [TestCase(false, false)]
    public async Task Without_permission_or_flag_the_entry_point_is_not_in_the_page(bool permission, bool flag)
    {
        var scenario = await StartScenarioAsync(s => s with { UserCanCreateTickets = permission, CreateTicketFlagOn = flag });

        await scenario.OpenCustomerPageAsync();

        await Expect(scenario.Page.GetByTestId("associate-existing-button")).ToBeVisibleAsync();
        await Expect(scenario.Page.GetByTestId("tickets-add-menu")).ToHaveCountAsync(0);
        await Expect(scenario.Page.GetByTestId("create-ticket-option")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task With_permission_and_flag_the_plus_menu_reveals_create_ticket()
    {
        var scenario = await StartScenarioAsync();
        await scenario.OpenCustomerPageAsync();
        await Expect(scenario.Page.GetByTestId("create-ticket-option")).ToBeHiddenAsync();

        await scenario.Page.GetByTestId("tickets-add-menu").ClickAsync();

        await Expect(scenario.Page.GetByTestId("create-ticket-option")).ToHaveTextAsync("Create Ticket");
        await Expect(scenario.Page.GetByTestId("create-ticket-option")).ToBeVisibleAsync();
    }

    [Test]
    public async Task Associate_existing_keeps_working_and_opens_its_dialog()
    {
        var scenario = await StartScenarioAsync(s => s with { UserCanCreateTickets = false });
        await scenario.OpenCustomerPageAsync();

        await scenario.Page.GetByTestId("associate-existing-button").ClickAsync();

        await Expect(scenario.Page.GetByTestId("associate-existing-dialog")).ToBeVisibleAsync();
    }

    [TestCase(true, 1)]
    [TestCase(false, 0)]
    public async Task Seeded_IgnoresPermission_shows_the_entry_point_without_permission_but_still_obeys_the_flag(bool flag, int expected)
    {
        var scenario = await StartScenarioAsync(s => s with
        {
            UserCanCreateTickets = false,
            CreateTicketFlagOn = flag,
            Defects = new HashSet<SeededDefect> { SeededDefect.IgnoresPermission },
        });

        await scenario.OpenCustomerPageAsync();

        await Expect(scenario.Page.GetByTestId("tickets-add-menu")).ToHaveCountAsync(expected);
    }
}
