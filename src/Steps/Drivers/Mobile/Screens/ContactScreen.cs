using Cdp.TicketE2E.Steps.Drivers.Mobile.Locators;

namespace Cdp.TicketE2E.Steps.Drivers.Mobile.Screens;

/// <summary>The contact detail: its Others tab with the ticket association summary, "+ Add", and the app's notices.</summary>
public sealed class ContactScreen(MobileUi ui)
{
    /// <summary>Waits for the contact detail, switches to the Others tab and waits until its summary has loaded.</summary>
    public void OpenOthersTab()
    {
        ui.WaitShown(MobileElement.ContactScreen);
        ui.Tap(MobileElement.OthersTab);
        ui.WaitShown(MobileElement.TicketSummary);
        WaitIdle();
    }

    /// <summary>True when the contact detail is what the user sees.</summary>
    public bool IsShown => ui.IsShown(MobileElement.ContactScreen);

    /// <summary>Waits until the summary is not loading and no association is in flight.</summary>
    public void WaitIdle() => ui.WaitGone(MobileElement.TicketSummaryBusy);

    /// <summary>Taps "+ Add" and returns the ticket options sheet once it shows.</summary>
    public TicketOptionsSheet OpenTicketOptions()
    {
        ui.Tap(MobileElement.AddTicket);
        var sheet = new TicketOptionsSheet(ui);
        sheet.WaitShown();
        return sheet;
    }

    /// <summary>The ticket titles the summary shows now.</summary>
    public IReadOnlyList<string> TicketTitles() => ui.Texts(MobileElement.TicketSummaryItem);

    /// <summary>Waits until the summary lists the title; false when it does not within the timeout.</summary>
    public bool WaitForTicket(string title) => ui.TryWait(() => TicketTitles().Contains(title));

    /// <summary>Waits until the summary is idle and says there are no tickets; false when it does not.</summary>
    public bool WaitForNoTickets() => ui.TryWait(() =>
        !ui.IsShown(MobileElement.TicketSummaryBusy) && ui.IsShown(MobileElement.TicketSummaryEmpty) && TicketTitles().Count == 0);

    /// <summary>Waits for a notice containing every one of the texts; false when none shows within the timeout.</summary>
    public bool WaitForNotice(params string[] texts) =>
        ui.TryWait(() => ui.Texts(MobileElement.Notice).Any(n => texts.All(t => n.Contains(t, StringComparison.OrdinalIgnoreCase))));

    /// <summary>The notices shown now.</summary>
    public IReadOnlyList<string> Notices() => ui.Texts(MobileElement.Notice);

    /// <summary>Taps the notice's Retry and waits until what it repeats is done (the summary is idle again).</summary>
    public void RetryFromNotice()
    {
        ui.Tap(MobileElement.NoticeRetry);
        WaitIdle();
    }
}
