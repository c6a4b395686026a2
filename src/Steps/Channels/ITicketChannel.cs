namespace Cdp.TicketE2E.Steps.Channels;

/// <summary>
/// What a user does with tickets on a customer, whatever the platform. The web channel drives
/// the CDP page and its embedded CRM form; the mobile channel drives the app's screens. The
/// scenario's platform tag picks one (<see cref="ChannelSelector"/>).
/// </summary>
public interface ITicketChannel
{
    /// <summary>Opens the customer's detail (page or screen).</summary>
    Task OpenCustomerAsync();

    /// <summary>Creates a ticket with this title from the customer, through the platform's create flow, and waits until the flow has returned to the customer.</summary>
    Task CreateTicketAsync(string title);

    /// <summary>Waits until the customer's ticket list shows the title; fails with what it shows instead.</summary>
    Task ExpectTicketListedAsync(string title);
}
