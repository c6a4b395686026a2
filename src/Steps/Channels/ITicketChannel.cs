namespace Cdp.TicketE2E.Steps.Channels;

/// <summary>
/// What a user does with tickets on a customer, whatever the platform. The web channel drives
/// the CDP page and its embedded CRM form; the mobile channel drives the app's screens. The
/// scenario's platform tag picks one (<see cref="Hooks.PlatformChannels"/>). Every method waits on a
/// condition (never a sleep) and fails with what the screen showed instead.
/// </summary>
public interface ITicketChannel
{
    /// <summary>Opens the customer's detail (page or screen).</summary>
    Task OpenCustomerAsync();

    /// <summary>Creates a ticket with this title through the platform's create flow and waits until the flow is back on the customer.</summary>
    Task CreateTicketAsync(string title);

    /// <summary>Submits a ticket with this title, expecting the attempt may fail; waits until the outcome is shown.</summary>
    Task TryCreateTicketAsync(string title);

    /// <summary>Opens the create form (web: "+" → Create Ticket; mobile: ticket options → Create New).</summary>
    Task OpenTicketFormAsync();

    /// <summary>Leaves the open form without creating anything (web: the form's Cancel; mobile: back).</summary>
    Task CancelTicketFormAsync();

    /// <summary>Associates an existing ticket through the unchanged associate-existing path.</summary>
    Task AssociateExistingTicketAsync(string title);

    /// <summary>True when the customer offers to create a ticket (the entry point exists).</summary>
    Task<bool> OffersTicketCreationAsync();

    /// <summary>Waits until the create form is shown.</summary>
    Task ExpectTicketFormShownAsync();

    /// <summary>Waits until the user is back on the customer with no form open.</summary>
    Task ExpectOnCustomerAsync();

    /// <summary>Waits until the customer's ticket list shows the title.</summary>
    Task ExpectTicketListedAsync(string title);

    /// <summary>Waits until the customer's ticket list has loaded and shows no ticket.</summary>
    Task ExpectNoTicketsListedAsync();

    /// <summary>Waits until the user is told the ticket was created but could not be associated.</summary>
    Task ExpectCreatedButNotAssociatedNoticeAsync(string title);

    /// <summary>Once the app has settled, fails when it shows the user any error.</summary>
    Task ExpectNoErrorShownAsync();
}
