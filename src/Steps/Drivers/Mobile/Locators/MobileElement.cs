namespace Cdp.TicketE2E.Steps.Drivers.Mobile.Locators;

/// <summary>
/// The elements of the mobile flow that screen objects use, by logical name. contracts/mobile-target.json has an entry
/// per member (its name in camelCase) with a locator per platform; <see cref="LocatorMap"/> refuses a file that lacks one.
/// </summary>
public enum MobileElement
{
    ContactScreen,
    ContactName,
    OthersTab,
    TicketSummary,
    /// <summary>Present only while the summary is loading or the app is associating a ticket.</summary>
    TicketSummaryBusy,
    TicketSummaryItem,
    TicketSummaryEmpty,
    AddTicket,
    TicketOptionsSheet,
    FromExistingOption,
    CreateNewOption,
    TicketOptionsScrim,
    CreateTicketScreen,
    TicketTitleField,
    TicketCustomer,
    AddCustomerButton,
    CustomerSearchField,
    CustomerSearchResult,
    CreateTicketSubmit,
    CreateTicketError,
    ExistingTicketScreen,
    ExistingTicketItem,
    Notice,
    NoticeRetry,
}
