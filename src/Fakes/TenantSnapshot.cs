using Cdp.TicketE2E.Fakes.Mobile;

namespace Cdp.TicketE2E.Fakes;

/// <summary>Everything the fake backends hold and journaled for one tenant, read in one go (<c>GET /__fake/tenants/{tenant}</c>).</summary>
/// <param name="Customers">The tenant's customers with their associated tickets.</param>
/// <param name="Tickets">The tenant's tickets, in creation order, with their customers.</param>
/// <param name="CreatedTickets">Tickets CRM's create API made for the embedded form, in order.</param>
/// <param name="AssociationCalls">CDP's <c>POST /v1/leads/{contact_id}/tickets/{ticket_id}</c> calls, in order, with the status answered.</param>
/// <param name="TicketCreations">The mobile app's <c>POST /v2.8/tickets</c> calls, in order.</param>
/// <param name="AssociationUpdates">The mobile app's <c>PUT /v2.8/tickets/{id}</c> calls, in order, exactly as sent.</param>
/// <param name="Requests">One line per call attributed to the tenant (method, path, status, bodies), for failure evidence.</param>
public sealed record TenantSnapshot(
    IReadOnlyList<FakeCustomer> Customers,
    IReadOnlyList<FakeTicket> Tickets,
    IReadOnlyList<CreatedTicket> CreatedTickets,
    IReadOnlyList<AssociationCall> AssociationCalls,
    IReadOnlyList<MobileTicketCreation> TicketCreations,
    IReadOnlyList<MobileAssociationUpdate> AssociationUpdates,
    IReadOnlyList<string> Requests)
{
    /// <summary>The tickets associated to the customer, in the order they were linked; empty for a customer the tenant lacks.</summary>
    public IReadOnlyList<FakeTicket> TicketsAssociatedTo(string customerId) =>
        Customers.FirstOrDefault(c => c.Id == customerId) is { } customer
            ? customer.TicketIds.Select(id => Tickets.First(t => t.Id == id)).ToList()
            : [];

    /// <summary>The tenant's last ticket with this title; null when there is none.</summary>
    public FakeTicket? TicketTitled(string title) => Tickets.LastOrDefault(t => t.Title == title);

    /// <summary>The mobile association updates of the ticket(s) with this title.</summary>
    public IReadOnlyList<MobileAssociationUpdate> AssociationUpdatesFor(string title)
    {
        var ids = Tickets.Where(t => t.Title == title).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        return AssociationUpdates.Where(u => ids.Contains(u.TicketId)).ToList();
    }
}
