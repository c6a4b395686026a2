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

    /// <summary>The form's frame is created without a <c>sandbox</c> attribute.</summary>
    NoSandbox,

    /// <summary>The panel shows no loading state while the form's frame is loading.</summary>
    NoLoadingState,

    /// <summary>The form is requested without CDP's embed-source marker (<c>embed_source=cdp</c>).</summary>
    NoEmbedSourceMarker,

    /// <summary><c>EMBED_INIT</c> is sent without the customer's id.</summary>
    InitWithoutCustomerId,

    /// <summary><c>TICKET_CREATE_ERROR</c> is accepted but the user is not told the ticket was not created.</summary>
    IgnoresCreateError,

    /// <summary><c>EMBED_RESIZE</c> is accepted but the frame's height is not changed.</summary>
    NoResize,

    /// <summary>Messages whose type is not in the embed contract are accepted, and the page reloads its ticket list for them.</summary>
    AcceptsUnknownTypes,

    /// <summary>Contract messages are accepted without checking their payload's required fields and types.</summary>
    NoPayloadValidation,

    /// <summary>A ticket reported twice by <c>TICKET_CREATED</c> is handled twice, so the fallback association call is made twice.</summary>
    NoDuplicateGuard,

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
