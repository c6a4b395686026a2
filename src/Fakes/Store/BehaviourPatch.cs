namespace Cdp.TicketE2E.Fakes.Store;

/// <summary>
/// A change to a tenant's switches and faults. A field left out keeps its value; for a failure, <see cref="Clear"/> (0)
/// stands for "no failure". Statuses must be HTTP errors (400-599); a failure's times (how many calls fail before they
/// succeed again) must be at least 1, and without times every call fails.
/// </summary>
internal sealed record BehaviourPatch(
    bool? CrmAssociatesServerSide,
    int? TicketCreationFailure,
    int? AssociationFailure,
    int? AssociationUpdateFailure,
    int? TicketCreationFailureTimes = null,
    int? AssociationUpdateFailureTimes = null,
    bool? EmbedSignInFails = null)
{
    public const int Clear = 0;

    /// <summary>What is wrong with the patch, or null.</summary>
    public string? Problem() =>
        new[] { (nameof(TicketCreationFailure), TicketCreationFailure), (nameof(AssociationFailure), AssociationFailure), (nameof(AssociationUpdateFailure), AssociationUpdateFailure) }
            .Where(f => f.Item2 is { } status && status != Clear && status is < 400 or > 599)
            .Select(f => $"{f.Item1} is {f.Item2}; a failure must be an HTTP error status 400-599, or null for none.")
            .Concat(new[] { (nameof(TicketCreationFailureTimes), TicketCreationFailureTimes), (nameof(AssociationUpdateFailureTimes), AssociationUpdateFailureTimes) }
                .Where(t => t.Item2 is < 1)
                .Select(t => $"{t.Item1} is {t.Item2}; it counts the calls that fail, at least 1 (leave it out for every call)."))
            .FirstOrDefault();

    /// <summary>Applies the given fields.</summary>
    public void ApplyTo(TenantState tenant)
    {
        if (CrmAssociatesServerSide is { } associates) tenant.CrmAssociatesServerSide = associates;
        if (TicketCreationFailure is { } creation)
        {
            tenant.TicketCreationFailure = OrNone(creation);
            tenant.TicketCreationFailuresLeft = TicketCreationFailureTimes;
        }
        if (AssociationFailure is { } association) tenant.AssociationFailure = OrNone(association);
        if (AssociationUpdateFailure is { } update)
        {
            tenant.AssociationUpdateFailure = OrNone(update);
            tenant.AssociationUpdateFailuresLeft = AssociationUpdateFailureTimes;
        }
        if (EmbedSignInFails is { } signIn) tenant.EmbedSignInFails = signIn;
    }

    private static int? OrNone(int status) => status == Clear ? null : status;
}
