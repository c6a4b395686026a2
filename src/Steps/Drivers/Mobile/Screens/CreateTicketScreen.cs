using Cdp.TicketE2E.Steps.Drivers.Mobile.Locators;

namespace Cdp.TicketE2E.Steps.Drivers.Mobile.Screens;

/// <summary>The app's native create ticket screen: title, customers, Create; back leaves without a ticket.</summary>
public sealed class CreateTicketScreen(MobileUi ui)
{
    /// <summary>Waits until the screen shows.</summary>
    public void WaitShown() => ui.WaitShown(MobileElement.CreateTicketScreen);

    /// <summary>True when the screen is what the user sees now (no waiting).</summary>
    public bool IsShown => ui.IsShown(MobileElement.CreateTicketScreen);

    /// <summary>Waits until the screen shows; false when it does not within the timeout.</summary>
    public bool TryWaitShown() => ui.TryWait(() => ui.IsShown(MobileElement.CreateTicketScreen));

    /// <summary>The customers the ticket will carry, by name, as the screen shows them.</summary>
    public IReadOnlyList<string> Customers() => ui.Texts(MobileElement.TicketCustomer);

    /// <summary>Types the ticket's title.</summary>
    public void EnterTitle(string title) => ui.Type(MobileElement.TicketTitleField, title);

    /// <summary>Adds a customer by searching their name and picking the result.</summary>
    public void AddCustomer(string name)
    {
        ui.Tap(MobileElement.AddCustomerButton);
        ui.Type(MobileElement.CustomerSearchField, name);
        ui.TapText(MobileElement.CustomerSearchResult, name);
        ui.TryWait(() => Customers().Contains(name));
    }

    /// <summary>Taps Create.</summary>
    public void Submit() => ui.Tap(MobileElement.CreateTicketSubmit);

    /// <summary>Waits until the screen is left (the app is back on the contact) or shows an error; the error text, or null when it left.</summary>
    public string? WaitForOutcome()
    {
        string? error = null;
        var settled = ui.TryWait(() =>
        {
            if (!ui.IsShown(MobileElement.CreateTicketScreen)) return true;
            error = ui.Texts(MobileElement.CreateTicketError).FirstOrDefault(t => t.Length > 0);
            return error is not null;
        });
        return settled ? error : throw new TimeoutException(
            $"After Create the create ticket screen neither closed nor showed an error within {ui.Timeout.TotalSeconds:0.#} s.");
    }

    /// <summary>Goes back without creating (the system back).</summary>
    public void GoBack()
    {
        ui.Back();
        ui.WaitGone(MobileElement.CreateTicketScreen);
    }
}
