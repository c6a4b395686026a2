using Cdp.TicketE2E.Fakes;
using Cdp.TicketE2E.ReferenceApps.Web;
using FluentAssertions;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Cdp.TicketE2E.Tests.ReferenceApps;

/// <summary>
/// Messages from anywhere but the CRM origin, or of an unknown shape, change nothing. The foreign origin is real:
/// Playwright serves http://evil.test, and a frame of it posts to the page like any attacker frame would.
/// </summary>
[TestFixture]
public sealed class MessageOriginGuardTests : BrowserFixtureBase
{
    private const string EvilOrigin = "http://evil.test";

    private const string AttackPage = """
        <!doctype html><script>
          parent.postMessage({ type: "TICKET_CREATED", version: "0.1", payload: { ticketId: "T-EVIL", title: "Injected" } }, "*");
        </script>
        """;

    [Test]
    public async Task A_ticket_created_message_from_a_foreign_origin_is_ignored_with_a_reason()
    {
        var scenario = await StartScenarioAsync();
        await scenario.OpenCustomerPageAsync();

        await InjectAttackerFrameAsync(scenario);
        var entry = await scenario.WaitForMessageFromAsync(EvilOrigin);

        entry.Accepted.Should().BeFalse();
        entry.Reason.Should().Contain("not the CRM origin");
        await Expect(scenario.Page.GetByTestId("ticket-success")).ToHaveCountAsync(0);
        scenario.Crm.AssociationCalls.Should().BeEmpty();
    }

    [Test]
    public async Task Seeded_NoOriginCheck_lets_the_foreign_message_trigger_a_fallback_call()
    {
        var scenario = await StartScenarioAsync(s => s with { Defects = new HashSet<SeededDefect> { SeededDefect.NoOriginCheck } });
        await scenario.OpenCustomerPageAsync();

        await InjectAttackerFrameAsync(scenario);
        await scenario.WaitUntilTicketHandledAsync("T-EVIL");

        (await scenario.WaitForMessageFromAsync(EvilOrigin)).Accepted.Should().BeTrue();
        scenario.Crm.AssociationCalls.Should().Equal(new AssociationCall("C-1", "T-EVIL", 404));
    }

    [TestCase("\"just a string\"", "malformed")]
    [TestCase("{ type: 'TICKET_DELETED', version: '0.1', payload: {} }", "unknown message type TICKET_DELETED")]
    [TestCase("{ type: 'TICKET_CREATED', version: '9.9', payload: { ticketId: 'T-1' } }", "unsupported contract version")]
    [TestCase("{ type: 'TICKET_CREATED', version: '0.1', payload: {} }", "without a ticketId")]
    public async Task Malformed_or_unknown_messages_from_the_CRM_origin_are_ignored(string message, string reason)
    {
        var scenario = await StartScenarioAsync();
        await scenario.OpenCustomerPageAsync();
        await scenario.OpenCreateTicketPanelAsync();

        await scenario.EmbedFrame().EvaluateAsync($"parent.postMessage({message}, '*')");
        await scenario.Page.WaitForFunctionAsync("() => window.__cdpEmbedLog.some(m => !m.accepted)");

        var rejected = (await scenario.EmbedLogAsync()).Single(m => !m.Accepted);
        rejected.Origin.Should().Be(scenario.Crm.Origin);
        rejected.Reason.Should().Contain(reason);
        await Expect(scenario.Page.GetByTestId("ticket-embed-panel")).ToBeVisibleAsync();
        scenario.Crm.AssociationCalls.Should().BeEmpty();
    }

    [Test]
    public async Task An_embed_that_only_allows_other_hosts_ignores_this_page_and_stays_disabled()
    {
        var scenario = await StartScenarioAsync(crmOptions: new FakeCrmOptions(["http://127.0.0.1:1"]));
        await scenario.OpenCustomerPageAsync();
        await scenario.Page.GetByTestId("tickets-add-menu").ClickAsync();
        await scenario.Page.GetByTestId("create-ticket-option").ClickAsync();

        await Expect(scenario.Page.GetByTestId("ticket-embed-loading")).ToBeHiddenAsync();
        await scenario.EmbedFrame().WaitForFunctionAsync("() => window.__crmEmbedLog.some(m => !m.accepted)");

        await Expect(scenario.Embed.GetByTestId("ticket-submit")).ToBeDisabledAsync();
        await Expect(scenario.Embed.GetByTestId("embed-customer")).ToContainTextAsync("waiting");
    }

    private static async Task InjectAttackerFrameAsync(CustomerPageScenario scenario)
    {
        await scenario.Context.RouteAsync(EvilOrigin + "/**", route => route.FulfillAsync(new() { ContentType = "text/html", Body = AttackPage }));
        await scenario.Page.EvaluateAsync(
            "url => { const f = document.createElement('iframe'); f.src = url; document.body.append(f); }",
            EvilOrigin + "/attack.html");
    }
}
