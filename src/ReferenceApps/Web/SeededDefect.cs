namespace Cdp.TicketE2E.ReferenceApps.Web;

/// <summary>
/// A deliberate bug the reference CDP page can be started with, so the suite can prove it catches that bug.
/// Each one breaks exactly the behaviour its name says and nothing else; <see cref="BreaksAttribute"/> names the track
/// and the requirement whose scenarios must fail with it (<c>./e2e selfcheck</c>).
/// </summary>
public enum SeededDefect
{
    /// <summary>After <c>TICKET_CREATED</c> the associated-tickets list is not fetched again.</summary>
    [Breaks("web", "TCKT-S03")]
    NoListRefresh,

    /// <summary><c>EMBED_INIT</c> is posted with targetOrigin <c>"*"</c> instead of the CRM origin.</summary>
    [Breaks("web", "WEB-06")]
    WildcardTargetOrigin,

    /// <summary>Messages are accepted whatever their <c>event.origin</c>.</summary>
    [Breaks("web", "WEB-11")]
    NoOriginCheck,

    /// <summary>The fallback association endpoint is called even when CRM associates server-side.</summary>
    [Breaks("web", "WEB-15")]
    AlwaysCallFallback,

    /// <summary>The fallback association endpoint is never called, even when CRM does not associate server-side.</summary>
    [Breaks("web", "TCKT-S04")]
    NeverCallFallback,

    /// <summary>The Create Ticket entry point is shown without the ticket-create permission (the flag still applies).</summary>
    [Breaks("web", "TCKT-S07-NEG")]
    IgnoresPermission,

    /// <summary>The form's frame is created without a <c>sandbox</c> attribute.</summary>
    [Breaks("web", "WEB-03")]
    NoSandbox,

    /// <summary>The panel shows no loading state while the form's frame is loading.</summary>
    [Breaks("web", "WEB-04")]
    NoLoadingState,

    /// <summary>The form is requested without CDP's embed-source marker (<c>embed_source=cdp</c>).</summary>
    [Breaks("web", "WEB-05")]
    NoEmbedSourceMarker,

    /// <summary><c>EMBED_INIT</c> is sent without the customer's id.</summary>
    [Breaks("web", "TCKT-S02")]
    InitWithoutCustomerId,

    /// <summary><c>TICKET_CREATE_ERROR</c> is accepted but the user is not told the ticket was not created.</summary>
    [Breaks("web", "WEB-09")]
    IgnoresCreateError,

    /// <summary><c>EMBED_RESIZE</c> is accepted but the frame's height is not changed.</summary>
    [Breaks("web", "WEB-10")]
    NoResize,

    /// <summary>Messages whose type is not in the embed contract are accepted, and the page reloads its ticket list for them.</summary>
    [Breaks("web", "WEB-12")]
    AcceptsUnknownTypes,

    /// <summary>Contract messages are accepted without checking their payload's required fields and types.</summary>
    [Breaks("web", "WEB-13")]
    NoPayloadValidation,

    /// <summary>A ticket reported twice by <c>TICKET_CREATED</c> is handled twice, so the fallback association call is made twice.</summary>
    [Breaks("web", "WEB-14")]
    NoDuplicateGuard,

    /// <summary>The form's sign-in failure (the contract's authFailure signal) is shown like any create error, not as creation being unavailable.</summary>
    [Breaks("web", "WEB-16")]
    IgnoresAuthFailure,

    /// <summary>EMBED_RESIZE heights are applied as asked, without the panel's minimum and maximum.</summary>
    [Breaks("web", "WEB-17")]
    NoResizeBounds,

    /// <summary>Messages are accepted whatever contract version they carry, or none.</summary>
    [Breaks("web", "WEB-18")]
    AcceptsAnyVersion,

    /// <summary>The origin check compares the host only, so the CRM host on another port or scheme passes.</summary>
    [Breaks("web", "WEB-11")]
    OriginHostOnlyCheck,

    /// <summary>The origin check accepts any origin containing the CRM host name.</summary>
    [Breaks("web", "WEB-11")]
    OriginContainsCheck,

    /// <summary>TICKET_CREATE_ERROR closes the panel, so the user cannot try again in the same form.</summary>
    [Breaks("web", "WEB-19")]
    ClosesPanelOnCreateError,

    /// <summary>EMBED_CLOSE (the user abandoned the form) shows an error notice as if creation had failed.</summary>
    [Breaks("web", "ANC-07")]
    ShowsErrorOnClose,

    // ---- The reference mobile app (src/ReferenceApps/Mobile) --------------------------------------

    /// <summary>Mobile: after the association update the contact's ticket summary is not fetched again.</summary>
    [Breaks("mobile", "MOB-10")]
    NoSummaryRefresh,

    /// <summary>Mobile: back from the create screen with a ticket, the app never sends <c>PUT /v2.8/tickets/{id}</c>.</summary>
    [Breaks("mobile", "MOB-07")]
    NoAssociationUpdate,

    /// <summary>Mobile: the association update sends only the contact, dropping the customers already on the ticket.</summary>
    [Breaks("mobile", "MOB-08")]
    DropsExistingCustomers,

    /// <summary>Mobile: the association update appends the contact even when the ticket already has it.</summary>
    [Breaks("mobile", "MOB-09")]
    DuplicatesContact,

    /// <summary>Mobile: going back from the create screen saves its draft as a ticket and associates it, instead of discarding it.</summary>
    [Breaks("mobile", "ANC-02")]
    AssociatesOnCancel,

    /// <summary>Mobile: a failed association update is not reported to the user.</summary>
    [Breaks("mobile", "ANC-05")]
    SilentAssociationFailure,

    /// <summary>Mobile: "Create New" is offered without <c>permission.update</c> (the ticket flag still applies).</summary>
    [Breaks("mobile", "MOB-02")]
    CreateNewWithoutPermission,

    /// <summary>Mobile: a failed create closes the create screen as if the ticket had been created, instead of showing the error.</summary>
    [Breaks("mobile", "ANC-03")]
    ClosesOnCreateError,

    /// <summary>Mobile: going back from the create screen sends an association update for no ticket.</summary>
    [Breaks("mobile", "ANC-07")]
    UpdatesOnCancel,

    /// <summary>Mobile: the association update is sent twice for one created ticket.</summary>
    [Breaks("mobile", "MOB-07")]
    DoubleAssociationUpdate,

    /// <summary>Mobile: retrying a failed association update creates the ticket again and associates the copy.</summary>
    [Breaks("mobile", "MOB-11")]
    RetryCreatesAgain,

    /// <summary>Mobile: the create screen is opened without the pipeline, so the ticket is created in none.</summary>
    [Breaks("mobile", "MOB-12")]
    NoPipeline,
}

/// <summary>The track (web or mobile) and the requirements whose scenarios a seeded defect must fail.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class BreaksAttribute(string track, params string[] requirements) : Attribute
{
    /// <summary><c>web</c> or <c>mobile</c>: the scenarios' platform tag.</summary>
    public string Track { get; } = track;

    /// <summary>Requirement ids, e.g. <c>WEB-03</c>.</summary>
    public IReadOnlyList<string> Requirements { get; } = requirements;
}
