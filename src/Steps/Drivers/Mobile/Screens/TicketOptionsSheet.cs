using Cdp.TicketE2E.Steps.Drivers.Mobile.Locators;

namespace Cdp.TicketE2E.Steps.Drivers.Mobile.Screens;

/// <summary>The bottom sheet "+ Add" opens: "From Existing" and, when the user may create tickets, "Create New".</summary>
public sealed class TicketOptionsSheet(MobileUi ui)
{
    /// <summary>Waits until the sheet shows its options.</summary>
    public void WaitShown()
    {
        ui.WaitShown(MobileElement.TicketOptionsSheet);
        // "From Existing" is always offered, so once it shows the sheet is complete.
        ui.WaitShown(MobileElement.FromExistingOption);
    }

    /// <summary>The options the sheet offers, by their visible labels, in order.</summary>
    public IReadOnlyList<string> Options() =>
        [.. ui.Texts(MobileElement.FromExistingOption), .. ui.Texts(MobileElement.CreateNewOption)];

    /// <summary>True when "Create New" is offered.</summary>
    public bool OffersCreateNew => ui.IsShown(MobileElement.CreateNewOption);

    /// <summary>Chooses "Create New" and returns the create ticket screen once it shows.</summary>
    public CreateTicketScreen ChooseCreateNew()
    {
        ui.Tap(MobileElement.CreateNewOption);
        var screen = new CreateTicketScreen(ui);
        screen.WaitShown();
        return screen;
    }

    /// <summary>Chooses "From Existing" and returns the ticket picker once it has loaded.</summary>
    public ExistingTicketScreen ChooseFromExisting()
    {
        ui.Tap(MobileElement.FromExistingOption);
        var screen = new ExistingTicketScreen(ui);
        screen.WaitShown();
        return screen;
    }

    /// <summary>Closes the sheet by tapping outside it.</summary>
    public void Dismiss()
    {
        ui.Tap(MobileElement.TicketOptionsScrim);
        ui.WaitGone(MobileElement.TicketOptionsSheet);
    }
}
