using Cdp.TicketE2E.Steps.World;
using Cdp.TicketE2E.Steps.Contracts;
using Cdp.TicketE2E.Steps.Drivers.Web;
using Cdp.TicketE2E.Steps.Targets;

namespace Cdp.TicketE2E.Steps.Channels.Web;

/// <summary>
/// The web channel: the CDP customer page with the CRM form embedded in it. Every action ends when the page has
/// finished what it started (its requests settled), so a following step can read the backends without racing it.
/// </summary>
public sealed class WebChannel(TicketWorld world, WebTarget target, WebSession session, TargetContracts contracts, ScenarioEvidence evidence)
    : ITicketChannel
{
    private CustomerPage? page;

    private double Seconds => session.Timeout.TotalSeconds;

    /// <summary>The customer page, opened on first use.</summary>
    public async Task<CustomerPage> CustomerPageAsync()
    {
        if (page is null) await OpenCustomerAsync();
        return page!;
    }

    /// <inheritdoc />
    public async Task OpenCustomerAsync()
    {
        var customer = world.RequireCustomer();
        var url = await target.CustomerPageAsync(customer.Id);
        page = new CustomerPage(await session.PageAsync(), contracts.Web, session.Network, customer.Id, session.Timeout);
        world.AppOpened("the customer page was opened");
        await page.OpenAsync(url);
    }

    /// <inheritdoc />
    public async Task CreateTicketAsync(string title)
    {
        var customerPage = await SubmitTicketAsync(title);
        if (!await customerPage.Panel.WaitClosedAsync())
            throw new ExpectationException($"After submitting \"{title}\" the panel was still open {Seconds:0.#} s later, so no ticket was reported created. {await customerPage.DescribeNoticesAsync()}");
        await customerPage.SettleAsync();
    }

    /// <inheritdoc />
    public async Task TryCreateTicketAsync(string title)
    {
        var customerPage = await SubmitTicketAsync(title);
        _ = await customerPage.WaitForCreateOutcomeAsync()
            ?? throw new ExpectationException($"After submitting \"{title}\" the page showed no outcome within {Seconds:0.#} s: the panel is still open and no error is shown.");
        await customerPage.SettleAsync();
    }

    /// <inheritdoc />
    public async Task OpenTicketFormAsync() => await (await CustomerPageAsync()).OpenCreateTicketFormAsync();

    /// <summary>Opens the form and waits until it is ready and the page has received the height it announces once ready.</summary>
    public async Task OpenReadyTicketFormAsync()
    {
        var customerPage = await CustomerPageAsync();
        var resizes = await MessageCapture.CountReceivedAsync(customerPage.Document, EmbedContract.EmbedResize);
        var panel = await customerPage.OpenCreateTicketFormAsync();
        await panel.Form.WaitReadyAsync();
        // The fake form reports its height right after EMBED_INIT; a later step's message must not race with that one.
        if (!await MessageCapture.WaitForReceivedAsync(customerPage.Document, EmbedContract.EmbedResize, already: resizes))
            throw new ExpectationException($"The ready form's {EmbedContract.EmbedResize} did not reach the customer page within {Seconds:0.#} s.");
    }

    /// <inheritdoc />
    public async Task CancelTicketFormAsync()
    {
        var form = (await CustomerPageAsync()).Panel.Form;
        await form.WaitReadyAsync(); // the user cancels a form they can see working, not a blank frame
        await form.CancelAsync();
    }

    /// <inheritdoc />
    public async Task AssociateExistingTicketAsync(string title)
    {
        var customerPage = await CustomerPageAsync();
        await customerPage.AssociateExisting.AssociateAsync(title);
        await customerPage.SettleAsync();
    }

    /// <inheritdoc />
    public async Task<bool> OffersTicketCreationAsync() => await (await CustomerPageAsync()).OffersCreateTicketAsync();

    /// <inheritdoc />
    public async Task ExpectTicketFormShownAsync()
    {
        var panel = (await CustomerPageAsync()).Panel;
        if (!await panel.IsOpenAsync())
            throw new ExpectationException("The ticket form is not shown: the customer page has no create panel open.");
        await panel.WaitLoadedAsync();
        if (!await panel.Form.WaitShownAsync())
            throw new ExpectationException($"The panel is open but CRM's ticket form did not appear in it within {Seconds:0.#} s.");
    }

    /// <inheritdoc />
    public async Task ExpectOnCustomerAsync()
    {
        var customerPage = await CustomerPageAsync();
        if (!await customerPage.Panel.WaitClosedAsync())
            throw new ExpectationException($"The user is not back on the customer page: the create panel was still open after {Seconds:0.#} s.");
    }

    /// <inheritdoc />
    public async Task ExpectTicketListedAsync(string title)
    {
        var customerPage = await CustomerPageAsync();
        if (await customerPage.WaitForTicketAsync(title)) return;
        throw new ExpectationException(
            $"The customer's ticket list did not show \"{title}\" within {Seconds:0.#} s. It shows {await customerPage.DescribeListAsync()}, " +
            $"after {customerPage.ListLoads} load(s) of the list. Did the page refresh its list after the ticket was created?");
    }

    /// <inheritdoc />
    public async Task ExpectNoTicketsListedAsync()
    {
        var customerPage = await CustomerPageAsync();
        if (await customerPage.WaitForNoTicketsAsync()) return;
        throw new ExpectationException($"The customer's ticket list should show no tickets, but it shows {await customerPage.DescribeListAsync()}.");
    }

    /// <inheritdoc />
    public async Task ExpectCreatedButNotAssociatedNoticeAsync(string title)
    {
        var customerPage = await CustomerPageAsync();
        if (await customerPage.WaitForCreatedButNotAssociatedNoticeAsync(title)) return;
        throw new ExpectationException(
            $"The user was not told that \"{title}\" was created but not associated to the customer. {await customerPage.DescribeNoticesAsync()}");
    }

    /// <inheritdoc />
    public async Task ExpectNoErrorShownAsync()
    {
        var customerPage = await CustomerPageAsync();
        await customerPage.SettleAsync();
        if (await customerPage.ErrorNoticesAsync() is { Count: > 0 } errors)
            throw new ExpectationException($"No error should be shown, but the page shows: {string.Join(" / ", errors.Select(e => $"\"{e}\""))}.");
    }

    /// <summary>Creates the ticket in the form that is still open after a failed attempt, and waits until the page settled.</summary>
    public async Task CreateAgainInOpenFormAsync(string title)
    {
        var customerPage = await CustomerPageAsync();
        if (!await customerPage.Panel.IsOpenAsync())
            throw new ExpectationException($"The panel is no longer open after the failed attempt, so \"{title}\" cannot be created again in the same form.");
        await customerPage.Panel.Form.SubmitAsync(title);
        if (!await customerPage.Panel.WaitClosedAsync())
            throw new ExpectationException($"After creating \"{title}\" on a second attempt the panel was still open {Seconds:0.#} s later. {await customerPage.DescribeNoticesAsync()}");
        await customerPage.SettleAsync();
    }

    private async Task<CustomerPage> SubmitTicketAsync(string title)
    {
        var customerPage = await CustomerPageAsync();
        var panel = await customerPage.OpenCreateTicketFormAsync();
        await panel.Form.SubmitAsync(title);
        return customerPage;
    }

    /// <summary>Keeps the postMessage traffic when the scenario failed; never masks the failure itself.</summary>
    public async Task KeepMessageTrafficAsync()
    {
        if (!evidence.Failed || session.OpenPage is not { IsClosed: false } open) return;
        try
        {
            evidence.AttachText("postmessage-traffic.json", await MessageTrafficEvidence.CollectAsync(open));
        }
        catch (Exception e)
        {
            evidence.AttachText("postmessage-traffic.txt", $"The postMessage traffic could not be read: {e.Message}");
        }
    }
}
