using Cdp.TicketE2E.Steps.Contracts;
using Microsoft.Playwright;
using static Cdp.TicketE2E.Steps.Contracts.FormElements;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>CRM's create-ticket form inside the embed frame. Selectors come from the target contract (embeddedForm).</summary>
public sealed class EmbeddedTicketForm(IFrameLocator frame, WebTargetContract contract)
{
    // Create is enabled only once the form accepted EMBED_INIT: "ready" means it knows its customer.
    private ILocator EnabledSubmit => contract.Locate(frame, Submit).And(frame.Locator(":enabled"));

    /// <summary>Fills the title and submits, once the form is ready.</summary>
    public async Task SubmitAsync(string title)
    {
        await Channels.ExpectationException.WhenTimedOutAsync("CRM's form did not show its title field in the panel.",
            () => contract.Locate(frame, Title).FillAsync(title));
        await Channels.ExpectationException.WhenTimedOutAsync(
            "CRM's form never became ready: its Create button stayed disabled, so it did not accept the customer page's EMBED_INIT.",
            () => EnabledSubmit.ClickAsync());
    }

    /// <summary>Cancels the form without creating anything.</summary>
    // Cancel makes the page remove this very frame at once. A real mouse click can then wait forever for
    // the detached (out-of-process) frame to acknowledge the mouse-up, so once the button is ready the click
    // is dispatched as a DOM event: the form's own handler runs exactly as for a user.
    public async Task CancelAsync()
    {
        var cancel = contract.Locate(frame, Cancel);
        await Assertions.Expect(cancel).ToBeEnabledAsync();
        await cancel.DispatchEventAsync("click");
    }

    /// <summary>Waits until the form is visible; false when it is not within the timeout.</summary>
    public Task<bool> WaitShownAsync() => contract.Locate(frame, Form).ShowsAsync();

    /// <summary>Waits until the form has its customer context and can create a ticket.</summary>
    public Task WaitReadyAsync() => EnabledSubmit.WaitForAsync();
}
