using System.Text.Json;
using Cdp.TicketE2E.Fakes;
using Cdp.TicketE2E.ReferenceApps.Web;
using Microsoft.Playwright;

namespace Cdp.TicketE2E.Tests.ReferenceApps;

/// <summary>
/// One customer-page scenario: a FakeCrm (origin localhost), the reference CDP page wired to it (origin 127.0.0.1)
/// and a fresh browser context. Holds the few selectors these tests share; disposing tears everything down.
/// </summary>
public sealed class CustomerPageScenario : IAsyncDisposable
{
    public const string CustomerId = "C-1";

    private CustomerPageScenario(FakeCrm crm, ReferenceCdpHost host, IBrowserContext context, IPage page)
    {
        Crm = crm;
        Host = host;
        Context = context;
        Page = page;
    }

    public FakeCrm Crm { get; }
    public ReferenceCdpHost Host { get; }
    public IBrowserContext Context { get; }
    public IPage Page { get; }

    public IFrameLocator Embed => Page.FrameLocator("[data-testid=ticket-embed-frame]");
    public ILocator TicketItems => Page.GetByTestId("ticket-list-item");
    public ILocator TicketsSection => Page.GetByTestId("tickets-section");

    public static async Task<CustomerPageScenario> StartAsync(
        IBrowser browser, Func<CdpHostSettings, CdpHostSettings>? adjust, FakeCrmOptions? crmOptions)
    {
        var crm = await FakeCrm.StartAsync(crmOptions);
        crm.GivenCustomer(CustomerId, "Ada Lovelace");
        var settings = CdpHostSettings.Enabled(crm.BaseUrl, crm.BaseUrl);
        var host = await ReferenceCdpHost.StartAsync(adjust?.Invoke(settings) ?? settings);
        var context = await browser.NewContextAsync();
        return new CustomerPageScenario(crm, host, context, await context.NewPageAsync());
    }

    /// <summary>Opens the customer page and waits for its first ticket list load.</summary>
    public async Task OpenCustomerPageAsync()
    {
        await Page.GotoAsync(Host.CustomerPage(CustomerId).AbsoluteUri);
        await Assertions.Expect(TicketsSection).ToHaveAttributeAsync("data-load-count", "1");
    }

    public async Task OpenCreateTicketPanelAsync()
    {
        await Page.GetByTestId("tickets-add-menu").ClickAsync();
        await Page.GetByTestId("create-ticket-option").ClickAsync();
        // Create is enabled only once the embed accepted EMBED_INIT.
        await Assertions.Expect(Embed.GetByTestId("ticket-submit")).ToBeEnabledAsync();
    }

    public async Task SubmitTicketAsync(string title)
    {
        await Embed.GetByTestId("ticket-title").FillAsync(title);
        await Embed.GetByTestId("ticket-submit").ClickAsync();
    }

    /// <summary>Waits until the page finished all its work for a TICKET_CREATED (fallback, refresh).</summary>
    public Task WaitUntilTicketHandledAsync(string ticketId) =>
        Assertions.Expect(TicketsSection).ToHaveAttributeAsync("data-last-handled-ticket", ticketId);

    /// <summary>The embed's frame (for evaluating script inside it), once the panel has loaded it.</summary>
    public IFrame EmbedFrame() =>
        Page.Frames.Single(f => f.Url.StartsWith(Crm.Origin + "/", StringComparison.Ordinal));

    /// <summary>Waits until the page logged a message from <paramref name="origin"/>, then returns that entry.</summary>
    public async Task<EmbedLogEntry> WaitForMessageFromAsync(string origin)
    {
        await Page.WaitForFunctionAsync("o => (window.__cdpEmbedLog || []).some(m => m.origin === o)", origin);
        return (await EmbedLogAsync()).First(m => m.Origin == origin);
    }

    public async Task<IReadOnlyList<EmbedLogEntry>> EmbedLogAsync()
    {
        var json = await Page.EvaluateAsync<string>("JSON.stringify(window.__cdpEmbedLog ?? [])");
        return JsonSerializer.Deserialize<List<EmbedLogEntry>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    /// <summary>The evidence a failed test prints: the fake's request journal and the captured postMessage traffic.</summary>
    public async Task<string> EvidenceAsync()
    {
        var messages = await EmbedLogAsync();
        return "FakeCrm request journal:\n" + Crm.RequestJournal()
            + "\npostMessage traffic (window.__cdpEmbedLog):\n" + string.Join("\n", messages);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await Host.DisposeAsync();
        await Crm.DisposeAsync();
    }
}

/// <summary>One entry of <c>window.__cdpEmbedLog</c>.</summary>
public sealed record EmbedLogEntry(string Direction, string Origin, string? Type, bool Accepted, string Reason);
