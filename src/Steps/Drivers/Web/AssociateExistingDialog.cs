using System.Text.RegularExpressions;
using Cdp.TicketE2E.Steps.Contracts;
using Microsoft.Playwright;
using static Cdp.TicketE2E.Steps.Contracts.WebElements;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>The unchanged "associate an existing ticket" dialog of the customer page. Selectors come from the target contract.</summary>
public sealed class AssociateExistingDialog(IPage page, WebTargetContract contract)
{
    /// <summary>Opens the dialog, picks the ticket by title and waits until the dialog closed (the link call has answered).</summary>
    public async Task AssociateAsync(string title)
    {
        await contract.Locate(page, AssociateExistingButton).ClickAsync();
        var dialog = contract.Locate(page, WebElements.AssociateExistingDialog);
        var exactTitle = new Regex("^" + Regex.Escape(title) + "$");
        await Channels.ExpectationException.WhenTimedOutAsync($"The associate-existing dialog did not list \"{title}\".",
            () => contract.Locate(dialog, AssociateExistingOption).Filter(new() { HasTextRegex = exactTitle }).ClickAsync());
        await Channels.ExpectationException.WhenTimedOutAsync($"After choosing \"{title}\" the associate-existing dialog stayed open: the link call did not answer.",
            () => dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden }));
    }
}
