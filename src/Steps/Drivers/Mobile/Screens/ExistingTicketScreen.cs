using Cdp.TicketE2E.Steps.Drivers.Mobile.Locators;

namespace Cdp.TicketE2E.Steps.Drivers.Mobile.Screens;

/// <summary>The unchanged "From Existing" picker: CRM's tickets not yet on this contact.</summary>
public sealed class ExistingTicketScreen(MobileUi ui)
{
    /// <summary>Waits until the picker shows.</summary>
    public void WaitShown() => ui.WaitShown(MobileElement.ExistingTicketScreen);

    /// <summary>Picks the ticket with this title; the app then goes back to the contact and associates it.</summary>
    public void Choose(string title)
    {
        ui.TapText(MobileElement.ExistingTicketItem, title);
        ui.WaitGone(MobileElement.ExistingTicketScreen);
    }
}
