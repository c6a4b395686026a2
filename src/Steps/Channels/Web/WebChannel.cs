using Cdp.TicketE2E.Runner.Execution;
using Cdp.TicketE2E.Steps.Configuration;
using Cdp.TicketE2E.Steps.Drivers.Web;
using Cdp.TicketE2E.Steps.World;

namespace Cdp.TicketE2E.Steps.Channels.Web;

/// <summary>The web channel: the CDP customer page with the CRM create-ticket form embedded in it.</summary>
// Constructor order matters: objects are disposed last-created-first, so the session (and its
// evidence) goes before the servers it talks to.
public sealed class WebChannel(TicketWorld world, EmbeddedWebTarget target, WebSession session, HarnessSettings settings, ScenarioContext scenario)
    : ITicketChannel, IAsyncDisposable
{
    private CustomerPage? page;

    private int Seconds => settings.Run.ExpectTimeoutSeconds;

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
        page = new CustomerPage(await session.PageAsync());
        await page.OpenAsync(await target.CustomerPageAsync(customer));
    }

    /// <inheritdoc />
    public async Task CreateTicketAsync(string title)
    {
        var (customerPage, handledBefore) = await SubmitTicketAsync(title);
        if (!await customerPage.Panel.WaitClosedAsync())
            throw new ExpectationException($"After creating \"{title}\" the panel was still open {Seconds} s later. {await customerPage.DescribeNoticesAsync()}");
        await WaitUntilHandledAsync(customerPage, handledBefore, title);
    }

    /// <inheritdoc />
    public async Task TryCreateTicketAsync(string title)
    {
        var (customerPage, handledBefore) = await SubmitTicketAsync(title);
        var outcome = await customerPage.WaitForCreateOutcomeAsync()
            ?? throw new ExpectationException($"After submitting \"{title}\" the page showed no outcome within {Seconds} s: the panel is still open and no error is shown.");
        if (outcome == CreateOutcome.PanelClosed) await WaitUntilHandledAsync(customerPage, handledBefore, title);
    }

    /// <inheritdoc />
    public async Task OpenTicketFormAsync() => await (await CustomerPageAsync()).OpenCreateTicketFormAsync();

    /// <summary>Opens the form and waits until it is ready and the page has taken in every message the form sent so far.</summary>
    public async Task OpenReadyTicketFormAsync()
    {
        var customerPage = await CustomerPageAsync();
        var panel = await customerPage.OpenCreateTicketFormAsync();
        await panel.Form.WaitReadyAsync();
        // The form announces its height after EMBED_INIT; a later step's message must not race with that one.
        var sent = await panel.Form.SentMessageCountAsync();
        await customerPage.Traffic.WaitForInboundCountAsync((await world.CrmAsync()).Origin, sent);
    }

    /// <inheritdoc />
    public async Task CancelTicketFormAsync()
    {
        var form = (await CustomerPageAsync()).Panel.Form;
        await form.WaitReadyAsync(); // the user cancels a form they can see working, not a blank frame
        await form.CancelAsync();
    }

    /// <inheritdoc />
    public async Task AssociateExistingTicketAsync(string title) =>
        await (await CustomerPageAsync()).AssociateExisting.AssociateAsync(title);

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
            throw new ExpectationException($"The panel is open but CRM's ticket form did not appear in it within {Seconds} s.");
    }

    /// <inheritdoc />
    public async Task ExpectOnCustomerAsync()
    {
        var customerPage = await CustomerPageAsync();
        if (!await customerPage.Panel.WaitClosedAsync())
            throw new ExpectationException($"The user is not back on the customer page: the create panel was still open after {Seconds} s.");
    }

    /// <inheritdoc />
    public async Task ExpectTicketListedAsync(string title)
    {
        var customerPage = await CustomerPageAsync();
        if (await customerPage.WaitForTicketAsync(title)) return;
        throw new ExpectationException(
            $"The customer's ticket list did not show \"{title}\" within {Seconds} s. It shows {await customerPage.DescribeListAsync()}. " +
            "Did the page refresh its list after the ticket was created?");
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
        if (await customerPage.WaitForCreatedButNotLinkedNoticeAsync(title)) return;
        throw new ExpectationException(
            $"The user was not told that \"{title}\" was created but not associated to the customer. {await customerPage.DescribeNoticesAsync()}");
    }

    private async Task<(CustomerPage Page, string? HandledBefore)> SubmitTicketAsync(string title)
    {
        var customerPage = await CustomerPageAsync();
        var handledBefore = await customerPage.LastHandledTicketAsync();
        var panel = await customerPage.OpenCreateTicketFormAsync();
        await panel.Form.SubmitAsync(title);
        return (customerPage, handledBefore);
    }

    private async Task WaitUntilHandledAsync(CustomerPage customerPage, string? handledBefore, string title)
    {
        // The Then steps read CRM's side, so the page must have finished its own association call and refresh first.
        try
        {
            await customerPage.WaitForTicketHandledAsync(handledBefore);
        }
        catch (TimeoutException)
        {
            throw new ExpectationException(
                $"The panel closed after creating \"{title}\", but the customer page had not finished handling the new ticket " +
                $"(association and list refresh) {Seconds} s later.");
        }
    }

    /// <summary>Keeps the postMessage traffic when the scenario failed; never masks the failure itself.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!scenario.Failed || session.OpenPage is not { IsClosed: false } open) return;
        try
        {
            scenario.AttachText("postmessage-traffic.json", await MessageTrafficEvidence.CollectAsync(open), "application/json");
        }
        catch (Exception e)
        {
            scenario.AttachText("postmessage-traffic.txt", $"The postMessage traffic could not be read: {e.Message}");
        }
    }
}
