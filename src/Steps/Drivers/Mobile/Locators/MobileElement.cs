namespace Cdp.TicketE2E.Steps.Drivers.Mobile.Locators;

/// <summary>
/// The elements of the mobile flow that screen objects use, by logical name. Each platform's map says how to find
/// them; the names are the contract with the app team (the same identifiers in Flutter <c>Semantics(identifier:)</c>).
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
}
