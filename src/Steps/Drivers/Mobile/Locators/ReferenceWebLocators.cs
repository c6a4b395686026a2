using Cdp.TicketE2E.Steps.Configuration;
using OpenQA.Selenium;
using E = Cdp.TicketE2E.Steps.Drivers.Mobile.Locators.MobileElement;

namespace Cdp.TicketE2E.Steps.Drivers.Mobile.Locators;

/// <summary>The reference mobile app in Chromium: css on its <c>data-testid</c>s (Appium's Chromium driver takes css/xpath only).</summary>
internal static class ReferenceWebLocators
{
    public static readonly LocatorMap Map = new(MobilePlatform.ReferenceWeb, new Dictionary<E, By>
    {
        [E.ContactScreen] = Id("contact-screen"),
        [E.ContactName] = Id("contact-name"),
        [E.OthersTab] = Id("tab-others"),
        [E.TicketSummary] = Id("ticket-summary"),
        [E.TicketSummaryBusy] = By.CssSelector("[data-testid='ticket-summary'][aria-busy='true']"),
        [E.TicketSummaryItem] = Id("ticket-summary-item"),
        [E.TicketSummaryEmpty] = Id("ticket-summary-empty"),
        [E.AddTicket] = Id("ticket-add"),
        [E.TicketOptionsSheet] = Id("ticket-options-sheet"),
        [E.FromExistingOption] = Id("ticket-option-existing"),
        [E.CreateNewOption] = Id("ticket-option-create"),
        [E.TicketOptionsScrim] = Id("ticket-options-scrim"),
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

    private static By Id(string testId) => By.CssSelector($"[data-testid='{testId}']");
}
