namespace Cdp.TicketE2E.Fakes.Store;

/// <summary>What the fake CDP API asks of the store: customers, their tickets, and CDP's own association call.</summary>
internal sealed partial class FakeStore
{
    /// <summary>The customer's name when the tenant has that customer; null otherwise.</summary>
    public string? CustomerName(string tenant, string customerId)
    {
        lock (gate) return tenants.TryGetValue(tenant, out var state) ? state.CustomerName(customerId) : null;
    }

    /// <summary>The tenant's tickets associated to the customer, in the order they were linked.</summary>
    public IReadOnlyList<FakeTicket> TicketsOf(string tenant, string customerId)
    {
        lock (gate)
            return tenants.TryGetValue(tenant, out var state)
                ? state.TicketIds.Select(id => tickets[id]).Where(t => t.Links.ContainsKey(customerId))
                    .OrderBy(t => t.Links[customerId]).Select(t => t.ToFake()).ToList()
                : [];
    }

    /// <summary>Every ticket of the tenant, in creation order.</summary>
    public IReadOnlyList<FakeTicket> TenantTickets(string tenant)
    {
        lock (gate) return tenants.TryGetValue(tenant, out var state) ? state.TicketIds.Select(id => tickets[id].ToFake()).ToList() : [];
    }

    /// <summary>
    /// CDP's <c>POST /v1/leads/{contact_id}/tickets/{ticket_id}</c>: links the pair unless the tenant's association failure
    /// is set, or the customer or ticket is not the tenant's (404). Journaled with the status answered, whatever it is.
    /// </summary>
    public int AssociateFromCdp(string tenant, string customerId, string ticketId)
    {
        lock (gate)
        {
            var state = Tenant(tenant);
            var ticket = OwnedTicketUnderLock(tenant, ticketId);
            var status = state.AssociationFailure ?? (ticket is not null && state.CustomerName(customerId) is not null ? 200 : 404);
            if (status == 200) LinkUnderLock(ticket!, customerId);
            state.AssociationCalls.Add(new AssociationCall(customerId, ticketId, status));
            return status;
        }
    }
}
