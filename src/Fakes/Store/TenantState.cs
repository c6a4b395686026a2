using Cdp.TicketE2E.Fakes.Mobile;

namespace Cdp.TicketE2E.Fakes.Store;

/// <summary>One tenant's data, switches and journals. Only <see cref="FakeStore"/> touches it, under its lock.</summary>
internal sealed class TenantState(string id)
{
    public string Id { get; } = id;

    public Dictionary<string, FakeUser> Users { get; } = new(StringComparer.Ordinal);

    /// <summary>Customer id to name, in the order they were added.</summary>
    public List<KeyValuePair<string, string>> Customers { get; } = [];

    /// <summary>The tenant's ticket ids, in creation order.</summary>
    public List<string> TicketIds { get; } = [];

    public bool CrmAssociatesServerSide { get; set; }

    public int? TicketCreationFailure { get; set; }

    public int? AssociationFailure { get; set; }

    public int? AssociationUpdateFailure { get; set; }

    /// <summary>How many more creations fail before they succeed again; null: every one while a failure is set.</summary>
    public int? TicketCreationFailuresLeft { get; set; }

    /// <summary>How many more association updates fail before they succeed again; null: every one while a failure is set.</summary>
    public int? AssociationUpdateFailuresLeft { get; set; }

    /// <summary>OQ-2: CRM's form cannot sign the user in for this tenant's customers.</summary>
    public bool EmbedSignInFails { get; set; }

    public List<CreatedTicket> CreatedTickets { get; } = [];

    public List<AssociationCall> AssociationCalls { get; } = [];

    public List<MobileTicketCreation> TicketCreations { get; } = [];

    public List<MobileAssociationUpdate> AssociationUpdates { get; } = [];

    public List<string> Requests { get; } = [];

    public string? CustomerName(string customerId) =>
        Customers.FirstOrDefault(c => c.Key == customerId) is { Key: not null } found ? found.Value : null;
}
