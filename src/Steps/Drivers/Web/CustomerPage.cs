using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>The CDP customer detail page: its associated-tickets section and the create-ticket entry. Selectors live here only.</summary>
public sealed class CustomerPage(IPage page)
{
    private ILocator TicketItems => page.GetByTestId("ticket-list-item");
    private ILocator AddMenu => page.GetByTestId("tickets-add-menu");
    private ILocator CreateTicketOption => page.GetByTestId("create-ticket-option");
    private ILocator EmbedPanel => page.GetByTestId("ticket-embed-panel");

    /// <summary>Opens the page and waits for the tickets section to be there.</summary>
    public async Task OpenAsync(Uri url)
    {
        await page.GotoAsync(url.ToString());
        await page.GetByTestId("tickets-section").WaitForAsync();
    }

    /// <summary>Opens the "+" menu, chooses Create Ticket, and returns the embedded form once the panel shows it.</summary>
    public async Task<EmbeddedTicketForm> OpenCreateTicketFormAsync()
    {
        await AddMenu.ClickAsync();
        await CreateTicketOption.ClickAsync();
        await EmbedPanel.WaitForAsync();
        return new EmbeddedTicketForm(page.FrameLocator("[data-testid=ticket-embed-frame]"));
    }

    /// <summary>Waits until the create panel has closed.</summary>
    public Task WaitForPanelClosedAsync() => EmbedPanel.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });

    /// <summary>The ticket titles the list shows now.</summary>
    public async Task<IReadOnlyList<string>> TicketTitlesAsync() =>
        (await TicketItems.AllInnerTextsAsync()).Select(t => t.Trim()).ToList();

    /// <summary>Waits until the list shows the title; false when it does not within the timeout.</summary>
    public async Task<bool> WaitForTicketAsync(string title, float timeoutMs)
    {
        try
        {
            await TicketItems.Filter(new LocatorFilterOptions { HasText = title }).First
                .WaitForAsync(new LocatorWaitForOptions { Timeout = timeoutMs });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
