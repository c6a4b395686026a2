using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>The CRM create-ticket form inside the embed frame. Selectors live here only.</summary>
public sealed class EmbeddedTicketForm(IFrameLocator frame)
{
    private ILocator FormElement => frame.GetByTestId("ticket-form");

    // Create is enabled only once the form accepted EMBED_INIT: "ready" means it knows its customer.
    private ILocator EnabledSubmit => frame.Locator("[data-testid=ticket-submit]:enabled");

    /// <summary>Fills the title and submits, once the form is ready.</summary>
    public async Task SubmitAsync(string title)
    {
        await frame.GetByTestId("ticket-title").FillAsync(title);
        await EnabledSubmit.ClickAsync();
    }

    /// <summary>Cancels the form without creating anything.</summary>
    // Cancel makes the page remove this very frame at once. A real mouse click can then wait forever for
    // the detached (out-of-process) frame to acknowledge the mouse-up, so once the button is ready the click
    // is dispatched as a DOM event: the form's own handler runs exactly as for a user.
    public async Task CancelAsync()
    {
        var cancel = frame.GetByTestId("ticket-cancel");
        await Assertions.Expect(cancel).ToBeEnabledAsync();
        await cancel.DispatchEventAsync("click");
    }

    /// <summary>Waits until the form is visible; false when it is not within the timeout.</summary>
    public async Task<bool> WaitShownAsync()
    {
        try
        {
            await FormElement.WaitForAsync(new() { State = WaitForSelectorState.Visible });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Waits until the form has its customer context and can create a ticket.</summary>
    public Task WaitReadyAsync() => EnabledSubmit.WaitForAsync();

    /// <summary>How many messages the (fake CRM's) form has posted to the page so far: a test hook of the embed, <c>window.__crmEmbedLog</c>.</summary>
    public Task<int> SentMessageCountAsync() => frame.Locator("body")
        .EvaluateAsync<int>("() => (window.__crmEmbedLog || []).filter(m => m.direction === 'out').length");
}
