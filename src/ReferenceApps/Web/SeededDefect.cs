namespace Cdp.TicketE2E.ReferenceApps.Web;

/// <summary>
/// A deliberate bug the reference CDP page can be started with, so the suite can prove it catches that bug.
/// Each one breaks exactly the behaviour its name says and nothing else.
/// </summary>
public enum SeededDefect
{
    /// <summary>After <c>TICKET_CREATED</c> the associated-tickets list is not fetched again.</summary>
    NoListRefresh,

    /// <summary><c>EMBED_INIT</c> is posted with targetOrigin <c>"*"</c> instead of the CRM origin.</summary>
    WildcardTargetOrigin,

    /// <summary>Messages are accepted whatever their <c>event.origin</c>.</summary>
    NoOriginCheck,

    /// <summary>The fallback association endpoint is called even when CRM associates server-side.</summary>
    AlwaysCallFallback,

    /// <summary>The fallback association endpoint is never called, even when CRM does not associate server-side.</summary>
    NeverCallFallback,

    /// <summary>The Create Ticket entry point is shown without the ticket-create permission (the flag still applies).</summary>
    IgnoresPermission,

    // ---- The reference mobile app (src/ReferenceApps/Mobile) --------------------------------------

    /// <summary>Mobile: after the association update the contact's ticket summary is not fetched again.</summary>
    NoSummaryRefresh,

    /// <summary>Mobile: back from the create screen with a ticket, the app never sends <c>PUT /v2.8/tickets/{id}</c>.</summary>
    NoAssociationUpdate,

    /// <summary>Mobile: the association update sends only the contact, dropping the customers already on the ticket.</summary>
    DropsExistingCustomers,

    /// <summary>Mobile: the association update appends the contact even when the ticket already has it.</summary>
    DuplicatesContact,

    /// <summary>Mobile: going back from the create screen saves its draft as a ticket and associates it, instead of discarding it.</summary>
    AssociatesOnCancel,

    /// <summary>Mobile: a failed association update is not reported to the user.</summary>
    SilentAssociationFailure,

    /// <summary>Mobile: "Create New" is offered without <c>permission.update</c> (the ticket flag still applies).</summary>
    CreateNewWithoutPermission,
}
