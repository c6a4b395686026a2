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

    private CustomerPage Page => page
        ?? throw new InvalidOperationException("The customer page is not open yet. Add a step that opens it (e.g. When the user creates the ticket ... from the customer page).");

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
        if (page is null) await OpenCustomerAsync();
        var form = await Page.OpenCreateTicketFormAsync();
        await form.SubmitAsync(title);
        await Page.WaitForPanelClosedAsync();
    }

    /// <inheritdoc />
    public async Task ExpectTicketListedAsync(string title)
    {
        if (await Page.WaitForTicketAsync(title, settings.Run.ExpectTimeoutSeconds * 1000f)) return;
        var shown = await Page.TicketTitlesAsync();
        throw new ExpectationException(
            $"The customer's ticket list did not show \"{title}\" within {settings.Run.ExpectTimeoutSeconds} s. " +
            $"It shows {(shown.Count == 0 ? "no tickets" : string.Join(", ", shown.Select(t => $"\"{t}\"")))}. " +
            "Did the page refresh its list after the ticket was created?");
    }

    public Task TryCreateTicketAsync(string title) => throw new NotImplementedException();
    public Task OpenTicketFormAsync() => throw new NotImplementedException();
    public Task CancelTicketFormAsync() => throw new NotImplementedException();
    public Task AssociateExistingTicketAsync(string title) => throw new NotImplementedException();
    public Task<bool> OffersTicketCreationAsync() => throw new NotImplementedException();
    public Task ExpectTicketFormShownAsync() => throw new NotImplementedException();
    public Task ExpectOnCustomerAsync() => throw new NotImplementedException();
    public Task ExpectNoTicketsListedAsync() => throw new NotImplementedException();
    public Task ExpectCreatedButNotAssociatedNoticeAsync(string title) => throw new NotImplementedException();

    /// <summary>Keeps the page's captured postMessage traffic when the scenario failed.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!scenario.Failed) return;
        if (await session.EvaluateJsonAsync("window.__cdpEmbedLog") is { } log)
            scenario.AttachText("postmessage-traffic.json", log, "application/json");
    }
}
