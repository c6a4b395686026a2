using Cdp.TicketE2E.Steps.Contracts;
using Microsoft.Playwright;
using static Cdp.TicketE2E.Steps.Contracts.WebElements;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>
/// The CDP customer detail page: its Tickets section, the create entry point and the notices. Selectors come from the
/// target contract only; "loaded" and "refreshed" are read from the browser's network journal, not from the page.
/// </summary>
public sealed class CustomerPage(IPage page, WebTargetContract contract, NetworkJournal network, string customerId, TimeSpan timeout)
{
    private readonly Dictionary<string, string> customer = new() { ["customerId"] = customerId };

    private ILocator TicketItems => contract.Locate(page, TicketListItem);
    private ILocator EmptyListNote => contract.Locate(page, TicketListEmpty);
    private ILocator AddMenu => contract.Locate(page, WebElements.AddMenu);
    private ILocator CreateTicketOption => contract.Locate(page, WebElements.CreateTicketOption);
    private ILocator AssociateExistingButton => contract.Locate(page, WebElements.AssociateExistingButton);
    private ILocator ErrorNotice => contract.Locate(page, WebElements.ErrorNotice);
    private ILocator Notices => contract.Locate(page, SuccessNotice).Or(ErrorNotice);

    /// <summary>The panel holding the embedded form.</summary>
    public TicketPanel Panel { get; } = new(page, contract);

    /// <summary>The "associate an existing ticket" dialog (the unchanged path).</summary>
    public AssociateExistingDialog AssociateExisting { get; } = new(page, contract);

    /// <summary>The page's origin (scheme, host, port): where the embed must address its messages.</summary>
    public string Origin => new Uri(page.Url).GetLeftPart(UriPartial.Authority);

    /// <summary>The page's own document, where the harness's capture records what the page received.</summary>
    public IFrame Document => page.MainFrame;

    /// <summary>How many times the customer's ticket list has been loaded successfully so far.</summary>
    public int ListLoads => network.Succeeded(contract.Request(WebRequests.TicketList), customer);

    /// <summary>Opens the page and waits until its ticket list has loaded and shows.</summary>
    public async Task OpenAsync(Uri url)
    {
        await page.GotoAsync(url.ToString());
        if (!await network.WaitForAsync(_ => ListLoads > 0, Timeout))
            throw new Channels.ExpectationException(
                $"The customer page never loaded the customer's ticket list ({contract.Request(WebRequests.TicketList)}) within {Timeout.TotalSeconds:0.#} s.");
        await TicketItems.Or(EmptyListNote).First.WaitForAsync();
    }

    /// <summary>Waits until the page has finished talking to its backends (nothing in flight across a round trip).</summary>
    public Task SettleAsync() => network.WaitQuietAsync(page, Timeout);

    /// <summary>True when the "+" menu offers Create Ticket, once the page has settled; the menu is closed again afterwards.</summary>
    public async Task<bool> OffersCreateTicketAsync()
    {
        // The associate-existing action is always rendered; once it is there and nothing is loading, the entry point would be too.
        await AssociateExistingButton.WaitForAsync();
        await SettleAsync();
        if (!await AddMenu.IsVisibleAsync()) return false;
        await AddMenu.ClickAsync();
        var offered = await CreateTicketOption.ShowsAsync();
        await AddMenu.ClickAsync();
        return offered;
    }

    /// <summary>
    /// Opens the "+" menu, chooses Create Ticket, and returns the panel once it is there, or once the page has told the
    /// user why there is none (an error notice, e.g. when CRM's form cannot sign the user in and the panel closes again).
    /// </summary>
    public async Task<TicketPanel> OpenCreateTicketFormAsync()
    {
        await Channels.ExpectationException.WhenTimedOutAsync(
            $"The customer page offers no \"+\" menu to create a ticket from within {Timeout.TotalSeconds:0.#} s: is the user permitted and the ticket feature on?",
            () => AddMenu.ClickAsync());
        await Channels.ExpectationException.WhenTimedOutAsync("The \"+\" menu opened but offered no Create Ticket.", () => CreateTicketOption.ClickAsync());
        await Channels.ExpectationException.WhenTimedOutAsync("Choosing Create Ticket opened no panel and showed no notice.",
            () => contract.Locate(page, EmbedPanel).Or(ErrorNotice).First.WaitForAsync());
        return Panel;
    }

    /// <summary>The ticket titles the list shows now.</summary>
    public async Task<IReadOnlyList<string>> TicketTitlesAsync() => (await TicketItems.AllInnerTextsAsync()).Select(t => t.Trim()).ToList();

    /// <summary>Waits until the list shows the title; false when it does not within the timeout.</summary>
    public Task<bool> WaitForTicketAsync(string title) => TicketItems.Filter(new() { HasText = title }).First.ShowsAsync();

    /// <summary>Waits until the list has loaded and says it has no tickets; false when it does not within the timeout.</summary>
    public async Task<bool> WaitForNoTicketsAsync() =>
        await network.WaitForAsync(_ => ListLoads > 0, Timeout) && await EmptyListNote.ShowsAsync() && await TicketItems.CountAsync() == 0;

    /// <summary>Waits until a submitted ticket has an outcome: the panel closed (created) or an error shown; null when neither came.</summary>
    public async Task<CreateOutcome?> WaitForCreateOutcomeAsync()
    {
        var closed = Panel.WaitClosedAsync();
        var failed = ErrorNotice.ShowsAsync();
        var first = await Task.WhenAny(closed, failed);
        if (await first) return first == closed ? CreateOutcome.PanelClosed : CreateOutcome.ErrorShown;
        var other = first == closed ? failed : closed;
        return await other ? (other == closed ? CreateOutcome.PanelClosed : CreateOutcome.ErrorShown) : null;
    }

    /// <summary>Waits for the notice that the ticket was created but could not be associated to the customer.</summary>
    public Task<bool> WaitForCreatedButNotAssociatedNoticeAsync(string title) => ErrorNotice
        .Filter(new() { HasText = title })
        .Filter(new() { HasTextRegex = contract.CreatedButNotAssociated }).First.ShowsAsync();

    /// <summary>Waits for an error notice (the ticket was not created); false when none appears within the timeout.</summary>
    public Task<bool> WaitForErrorNoticeAsync() => ErrorNotice.First.ShowsAsync();

    /// <summary>The texts of the error notices the page shows now.</summary>
    public Task<IReadOnlyList<string>> ErrorNoticesAsync() => ErrorNotice.AllInnerTextsAsync();

    /// <summary>Waits for the error notice that ticket creation is unavailable; false when none appears within the timeout.</summary>
    public Task<bool> WaitForCreationUnavailableNoticeAsync() =>
        ErrorNotice.Filter(new() { HasTextRegex = contract.CreationUnavailable }).First.ShowsAsync();

    /// <summary>The texts of the notices the page shows now (success and error).</summary>
    public Task<IReadOnlyList<string>> NoticesAsync() => Notices.AllInnerTextsAsync();

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
    public async Task<CustomerPageSnapshot> SnapshotAsync() =>
        new(await Panel.IsOpenAsync(), await Panel.FrameHeightAsync(), ListLoads, await NoticesAsync());

    private TimeSpan Timeout => timeout;
}

/// <summary>How a ticket submission ended on the page.</summary>
public enum CreateOutcome { PanelClosed, ErrorShown }
