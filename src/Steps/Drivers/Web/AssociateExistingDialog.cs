using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>The unchanged "associate an existing ticket" dialog of the customer page. Selectors live here only.</summary>
public sealed class AssociateExistingDialog(IPage page)
{
    private ILocator Dialog => page.GetByTestId("associate-existing-dialog");

    /// <summary>Opens the dialog, picks the ticket by title and waits until the dialog closed (the link call has answered).</summary>
    public async Task AssociateAsync(string title)
    {
        await page.GetByTestId("associate-existing-button").ClickAsync();
        var exactTitle = new Regex("^" + Regex.Escape(title) + "$");
        await Dialog.GetByTestId("associate-existing-option").Filter(new() { HasTextRegex = exactTitle }).ClickAsync();
        await Dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
    }
}
