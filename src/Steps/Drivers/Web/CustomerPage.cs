using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>The CDP customer detail page: its Tickets section, the create entry point and the notices. Selectors live here only.</summary>
public sealed class CustomerPage(IPage page)
{
    // Finished list loads and the end of all TICKET_CREATED work are test hooks of the page: waiting on them replaces sleeps.
    private const string ListLoaded = """
        () => { const s = document.querySelector('[data-testid="tickets-section"]');
                return !!s && s.getAttribute('aria-busy') === 'false' && Number(s.dataset.loadCount || 0) > 0; }
        """;

    private ILocator TicketsSection => page.GetByTestId("tickets-section");
    private ILocator TicketItems => page.GetByTestId("ticket-list-item");
    private ILocator EmptyListNote => page.GetByTestId("ticket-list-empty");
    private ILocator AddMenu => page.GetByTestId("tickets-add-menu");
    private ILocator CreateTicketOption => page.GetByTestId("create-ticket-option");
    private ILocator AssociateExistingButton => page.GetByTestId("associate-existing-button");
    private ILocator ErrorNotice => page.GetByTestId("ticket-error");

    /// <summary>The panel holding the embedded form.</summary>
    public TicketPanel Panel { get; } = new(page);

    /// <summary>The "associate an existing ticket" dialog (the unchanged path).</summary>
    public AssociateExistingDialog AssociateExisting { get; } = new(page);

    /// <summary>The postMessage traffic the page itself logged.</summary>
    public EmbedTrafficLog Traffic { get; } = new(page);

    /// <summary>The page's origin (scheme, host, port): where the embed must address its messages.</summary>
    public string Origin => new Uri(page.Url).GetLeftPart(UriPartial.Authority);

    /// <summary>Opens the page and waits until its ticket list has loaded once.</summary>
    public async Task OpenAsync(Uri url)
    {
        await page.GotoAsync(url.ToString());
        await page.WaitForFunctionAsync(ListLoaded);
    }

    /// <summary>True when the "+" menu offers Create Ticket; the menu is closed again afterwards.</summary>
    public async Task<bool> OffersCreateTicketAsync()
    {
        // "Associate existing" is always rendered with the actions, so once it is there the entry point would be too.
        await AssociateExistingButton.WaitForAsync();
        if (await AddMenu.CountAsync() == 0) return false;
        await AddMenu.ClickAsync();
        var offered = await Shows(CreateTicketOption);
        await AddMenu.ClickAsync();
        return offered;
    }

    /// <summary>Opens the "+" menu, chooses Create Ticket, and returns the panel once it is there.</summary>
    public async Task<TicketPanel> OpenCreateTicketFormAsync()
    {
        await AddMenu.ClickAsync();
        await CreateTicketOption.ClickAsync();
        await Panel.WaitOpenAsync();
        return Panel;
    }

    /// <summary>The ticket titles the list shows now.</summary>
    public async Task<IReadOnlyList<string>> TicketTitlesAsync() =>
        (await TicketItems.AllInnerTextsAsync()).Select(t => t.Trim()).ToList();

    /// <summary>Waits until the list shows the title; false when it does not within the timeout.</summary>
    public Task<bool> WaitForTicketAsync(string title) => Shows(TicketItems.Filter(new() { HasText = title }).First);

    /// <summary>Waits until the list has loaded and says it has no tickets; false when it does not within the timeout.</summary>
    public async Task<bool> WaitForNoTicketsAsync()
    {
        await page.WaitForFunctionAsync(ListLoaded);
        return await Shows(EmptyListNote) && await TicketItems.CountAsync() == 0;
    }

    /// <summary>Waits until a submitted ticket has an outcome: the panel closed (created) or an error shown; null when neither came.</summary>
    public async Task<CreateOutcome?> WaitForCreateOutcomeAsync()
    {
        try
        {
            var closed = await page.WaitForFunctionAsync("""
                () => !document.querySelector('[data-testid="ticket-embed-panel"]') ? "closed"
                    : document.querySelector('[data-testid="ticket-error"]') ? "error" : null
                """);
            return await closed.JsonValueAsync<string>() == "closed" ? CreateOutcome.PanelClosed : CreateOutcome.ErrorShown;
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    /// <summary>The ticket the page last finished handling a TICKET_CREATED for (fallback call and refresh included).</summary>
    public Task<string?> LastHandledTicketAsync() => TicketsSection.GetAttributeAsync("data-last-handled-ticket");

    /// <summary>How many TICKET_CREATED messages the page has finished with, duplicates it ignored included.</summary>
    public async Task<int> TicketCreatedHandledCountAsync() =>
        int.TryParse(await TicketsSection.GetAttributeAsync("data-ticket-created-count"), out var count) ? count : 0;

    /// <summary>Waits until the page has finished with at least <paramref name="count"/> TICKET_CREATED messages; false when it has not within the timeout.</summary>
    public async Task<bool> WaitForTicketCreatedHandledCountAsync(int count)
    {
        try
        {
            await page.WaitForFunctionAsync(
                "n => Number(document.querySelector('[data-testid=\"tickets-section\"]').dataset.ticketCreatedCount ?? 0) >= n", count);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Waits until the page has finished handling a TICKET_CREATED for another ticket than <paramref name="previous"/>.</summary>
    public Task WaitForTicketHandledAsync(string? previous) => page.WaitForFunctionAsync(
        "p => { const v = document.querySelector('[data-testid=\"tickets-section\"]').dataset.lastHandledTicket; return !!v && v !== p; }",
        previous);

    /// <summary>Waits for the notice that the ticket was created but could not be linked to the customer.</summary>
    public Task<bool> WaitForCreatedButNotLinkedNoticeAsync(string title) => Shows(ErrorNotice
        .Filter(new() { HasText = title })
        .Filter(new() { HasText = "was created but could not be linked" }));

    /// <summary>Waits for an error notice (the ticket was not created); false when none appears within the timeout.</summary>
    public Task<bool> WaitForErrorNoticeAsync() => Shows(ErrorNotice);

    /// <summary>The texts of the notices the page shows now (success and error).</summary>
    public async Task<IReadOnlyList<string>> NoticesAsync() =>
        await page.Locator("[data-testid=ticket-success], [data-testid=ticket-error]").AllInnerTextsAsync();

    /// <summary>The list as a failure message puts it: <c>"A", "B"</c> or <c>no tickets</c>.</summary>
    public async Task<string> DescribeListAsync()
    {
        var shown = await TicketTitlesAsync();
        return shown.Count == 0 ? "no tickets" : string.Join(", ", shown.Select(t => $"\"{t}\""));
    }

    /// <summary>The notices as a failure message puts them.</summary>
    public async Task<string> DescribeNoticesAsync()
    {
        var notices = await NoticesAsync();
        return notices.Count == 0 ? "The page shows no notice." : $"The page shows: {string.Join(" / ", notices.Select(n => $"\"{n}\""))}.";
    }

    /// <summary>What a message could change, read in one go: panel, frame height, list loads, notices.</summary>
    public async Task<CustomerPageSnapshot> SnapshotAsync() => new(
        PanelOpen: await Panel.IsOpenAsync(),
        FrameHeight: await Panel.FrameHeightAsync(),
        ListLoads: int.Parse(await TicketsSection.GetAttributeAsync("data-load-count") ?? "0"),
        Notices: await NoticesAsync());

    private static async Task<bool> Shows(ILocator locator)
    {
        try
        {
            await locator.WaitForAsync(new() { State = WaitForSelectorState.Visible });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}

/// <summary>How a ticket submission ended on the page.</summary>
public enum CreateOutcome { PanelClosed, ErrorShown }
