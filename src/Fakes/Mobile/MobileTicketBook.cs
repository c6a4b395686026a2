using Cdp.TicketE2E.Fakes.Backend;

namespace Cdp.TicketE2E.Fakes.Mobile;

/// <summary>
/// The v2.8 ticket API's side of the fake CRM: each ticket's customer list, the contacts the app can search,
/// and the journals of creates and updates. Ids, the creation failure mode and the customer ⇄ ticket links
/// stay in the shared <see cref="CrmBackendState"/>, so <c>FakeCrm.TicketsAssociatedTo</c> is one truth for web and mobile.
/// </summary>
internal sealed class MobileTicketBook(CrmBackendState shared)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, MobileTicket> _tickets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _contacts = new(StringComparer.Ordinal);
    private readonly List<MobileTicketCreation> _creations = [];
    private readonly List<MobileAssociationUpdate> _updates = [];
    private int? _updateFailureStatus;

    public void AddContact(string id, string name)
    {
        shared.SetCustomer(id, name);
        lock (_gate) _contacts[id] = name;
    }

    public IReadOnlyList<(string Id, string Name)> SearchContacts(string text)
    {
        lock (_gate)
            return _contacts.Where(c => c.Value.Contains(text, StringComparison.OrdinalIgnoreCase))
                .Select(c => (c.Key, c.Value)).OrderBy(c => c.Value, StringComparer.Ordinal).ToArray();
    }

    public void SetUpdateFailure(int? status)
    {
        lock (_gate) _updateFailureStatus = status;
    }

    /// <summary>Creates through the shared store (same id sequence, same failure mode), then links the ticket's customers.</summary>
    public MobileTicketCreation Create(string title, IReadOnlyList<string> customerIds)
    {
        // customerId stays null: the OQ-6 server-side association is the web embed's question, not the v2.8 API's.
        var result = shared.CreateTicket(title, customerId: null, embedSource: null);
        var ticket = result.Ticket is { } created ? new MobileTicket(created.Id, title, customerIds.Distinct().ToArray()) : null;
        var creation = new MobileTicketCreation(title, customerIds, ticket, result.Status);
        lock (_gate)
        {
            _creations.Add(creation);
            if (ticket is not null) _tickets[ticket.Id] = ticket;
        }
        if (ticket is not null) Link(ticket);
        return creation;
    }

    /// <summary>Replaces the ticket's customers with the body's list, journaling the call whatever it answers.</summary>
    public (MobileTicket? Ticket, int Status) Update(string ticketId, IReadOnlyList<string> customerIds)
    {
        MobileTicket? updated = null;
        int status;
        lock (_gate)
        {
            var known = FindUnderLock(ticketId);
            status = _updateFailureStatus ?? (known is null ? 404 : 200);
            _updates.Add(new MobileAssociationUpdate(ticketId, customerIds, status));
            if (status == 200)
                _tickets[ticketId] = updated = known! with { CustomerIds = customerIds.Distinct().ToArray() };
        }
        if (updated is not null) Link(updated);
        return (updated, status);
    }

    /// <summary>Every ticket CRM holds (also those seeded for "From Existing"), with the customers the v2.8 API knows.</summary>
    public IReadOnlyList<MobileTicket> All()
    {
        lock (_gate) return shared.AllTickets().Select(t => FindUnderLock(t.Id)!).ToArray();
    }

    // A ticket seeded through the shared store (FakeCrm.GivenTicket) enters the v2.8 view with no customers:
    // the shared store keeps links by customer only, so it cannot say who a ticket already has.
    private MobileTicket? FindUnderLock(string ticketId)
    {
        if (_tickets.TryGetValue(ticketId, out var known)) return known;
        var seeded = shared.AllTickets().FirstOrDefault(t => t.Id == ticketId);
        return seeded is null ? null : new MobileTicket(seeded.Id, seeded.Title, []);
    }

    public IReadOnlyList<MobileTicketCreation> Creations()
    {
        lock (_gate) return _creations.ToArray();
    }

    public IReadOnlyList<MobileAssociationUpdate> Updates()
    {
        lock (_gate) return _updates.ToArray();
    }

    // The shared store only adds links (it has no removal), so a customer dropped by an update stays linked there;
    // MobileTicket.CustomerIds is what the v2.8 API reports after the update.
    private void Link(MobileTicket ticket)
    {
        foreach (var customerId in ticket.CustomerIds)
            shared.SeedAssociatedTicket(customerId, ticket.Id, ticket.Title);
    }
}
