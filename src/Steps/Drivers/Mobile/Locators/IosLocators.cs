using Cdp.TicketE2E.Steps.Configuration;
using Cdp.TicketE2E.Steps.Drivers.Mobile.Appium;
using OpenQA.Selenium;
using E = Cdp.TicketE2E.Steps.Drivers.Mobile.Locators.MobileElement;

namespace Cdp.TicketE2E.Steps.Drivers.Mobile.Locators;

/// <summary>
/// The Flutter app on iOS through XCUITest. Flutter's <c>Semantics(identifier: "x")</c> becomes the element's
/// accessibilityIdentifier "x", which Appium's <c>accessibility id</c> strategy finds. Same identifiers as Android.
/// Not run on this machine (no simulator): docs/real-device.md.
/// </summary>
internal static class IosLocators
{
    public static readonly LocatorMap Map = new(MobilePlatform.Ios, new Dictionary<E, By>
    {
        [E.ContactScreen] = Id("contact-screen"),
        [E.ContactName] = Id("contact-name"),
        [E.OthersTab] = Id("tab-others"),
        [E.TicketSummary] = Id("ticket-summary"),
        // A progress indicator the app shows while loading or associating; absent otherwise.
        [E.TicketSummaryBusy] = Id("ticket-summary-busy"),
        [E.TicketSummaryItem] = Id("ticket-summary-item"),
        [E.TicketSummaryEmpty] = Id("ticket-summary-empty"),
        [E.AddTicket] = Id("ticket-add"),
        [E.TicketOptionsSheet] = Id("ticket-options-sheet"),
        [E.FromExistingOption] = Id("ticket-option-existing"),
        [E.CreateNewOption] = Id("ticket-option-create"),
        // The modal barrier Flutter puts behind a bottom sheet; tapping it dismisses the sheet.
        [E.TicketOptionsScrim] = AppiumBy.AccessibilityId("Dismiss"),
        [E.CreateTicketScreen] = Id("create-ticket-screen"),
        [E.TicketTitleField] = Id("create-ticket-title"),
        [E.TicketCustomer] = Id("create-ticket-customer"),
        [E.AddCustomerButton] = Id("create-ticket-add-customer"),
        [E.CustomerSearchField] = Id("customer-search-input"),
        [E.CustomerSearchResult] = Id("customer-search-result"),
        [E.CreateTicketSubmit] = Id("create-ticket-submit"),
        [E.CreateTicketError] = Id("create-ticket-error"),
        [E.ExistingTicketScreen] = Id("existing-ticket-screen"),
        [E.ExistingTicketItem] = Id("existing-ticket-item"),
        [E.Notice] = Id("notice"),
    });

    private static By Id(string identifier) => AppiumBy.AccessibilityId(identifier);
}
