using Cdp.TicketE2E.Fakes;
using Cdp.TicketE2E.ReferenceApps.Web;
using FluentAssertions;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Cdp.TicketE2E.Tests.ReferenceApps;

/// <summary>Each seeded defect breaks the behaviour it names, observably (IgnoresPermission and NoOriginCheck: see their own fixtures).</summary>
[TestFixture]
public sealed class SeededDefectTests : BrowserFixtureBase
{
    [Test]
    public async Task NoListRefresh_links_the_ticket_but_leaves_the_list_stale()
    {
        var scenario = await StartWithDefectAsync(SeededDefect.NoListRefresh);

        await CreateTicketAsync(scenario, "Invisible");

        await Expect(scenario.TicketsSection).ToHaveAttributeAsync("data-load-count", "1");
        await Expect(scenario.TicketItems).ToHaveCountAsync(0);
        scenario.Crm.TicketsAssociatedTo("C-1").Should().ContainSingle();
    }

    [Test]
    public async Task WildcardTargetOrigin_posts_EMBED_INIT_to_any_origin()
    {
        var scenario = await StartWithDefectAsync(SeededDefect.WildcardTargetOrigin);
        await scenario.OpenCustomerPageAsync();

        await scenario.OpenCreateTicketPanelAsync();

        (await scenario.EmbedLogAsync()).Should().ContainSingle(m => m.Type == "EMBED_INIT").Which.Origin.Should().Be("*");
    }

    [Test]
    public async Task AlwaysCallFallback_calls_it_although_CRM_associates_server_side()
    {
        var scenario = await StartWithDefectAsync(SeededDefect.AlwaysCallFallback, serverSide: true);

        await CreateTicketAsync(scenario, "Linked twice");

        await Expect(scenario.TicketItems).ToHaveTextAsync(["Linked twice"]);
        scenario.Crm.AssociationCalls.Should().ContainSingle();
    }

    [Test]
    public async Task NeverCallFallback_leaves_the_ticket_unlinked_when_CRM_does_not_link_it()
    {
        var scenario = await StartWithDefectAsync(SeededDefect.NeverCallFallback);

        await CreateTicketAsync(scenario, "Lost");

        await Expect(scenario.TicketsSection).ToHaveAttributeAsync("data-load-count", "2");
        await Expect(scenario.TicketItems).ToHaveCountAsync(0);
        scenario.Crm.AssociationCalls.Should().BeEmpty();
    }

    private async Task<CustomerPageScenario> StartWithDefectAsync(SeededDefect defect, bool serverSide = false)
    {
        var scenario = await StartScenarioAsync(s => s with
        {
            CrmAssociatesServerSide = serverSide,
            Defects = new HashSet<SeededDefect> { defect },
        });
        scenario.Crm.GivenCrmAssociatesServerSide(serverSide);
        return scenario;
    }

    private static async Task CreateTicketAsync(CustomerPageScenario scenario, string title)
    {
        await scenario.OpenCustomerPageAsync();
        await scenario.OpenCreateTicketPanelAsync();
        await scenario.SubmitTicketAsync(title);
        await scenario.WaitUntilTicketHandledAsync("T-1001");
    }
}
