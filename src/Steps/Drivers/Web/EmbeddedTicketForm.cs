using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>The CRM create-ticket form inside the embed iframe. Selectors live here only.</summary>
public sealed class EmbeddedTicketForm(IFrameLocator frame)
{
    /// <summary>Fills the title and submits; the Create button is enabled only once the form has its customer context.</summary>
    public async Task SubmitAsync(string title)
    {
        await frame.GetByTestId("ticket-title").FillAsync(title);
        await frame.GetByTestId("ticket-submit").ClickAsync();
    }

    /// <summary>Cancels the form without creating anything.</summary>
    public Task CancelAsync() => frame.GetByTestId("ticket-cancel").ClickAsync();
}
