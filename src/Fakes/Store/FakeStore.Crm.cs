using Cdp.TicketE2E.Fakes.Mobile;

namespace Cdp.TicketE2E.Fakes.Store;

/// <summary>What the fake CRM asks of the store: creating tickets (embed and v2.8) and the v2.8 association update.</summary>
internal sealed partial class FakeStore
{
    /// <summary>
    /// CRM's create API behind the embedded form. The ticket belongs to the tenant of <paramref name="customerId"/> (none
    /// when the form got no known customer); when that tenant's CRM associates server-side (OQ-6) it is linked at once.
    /// </summary>
    public (FakeTicket? Ticket, int Status, string? Tenant) CreateFromEmbed(string title, string? customerId, string? embedSource)
    {
        lock (gate)
        {
            var tenant = customerId is null ? null : tenantOfCustomer.GetValueOrDefault(customerId);
            var state = tenant is null ? null : Tenant(tenant);
            if (state is not null && CreationFailureUnderLock(state) is { } failure) return (null, failure, tenant);
            var ticket = NewTicketUnderLock(title, tenant);
            state?.CreatedTickets.Add(new CreatedTicket(ticket.Id, title, customerId, embedSource));
            if (state is { CrmAssociatesServerSide: true }) LinkUnderLock(ticket, customerId!);
            return (ticket.ToFake(), 201, tenant);
        }
    }

    /// <summary>The app's <c>POST /v2.8/tickets</c>: the ticket carries the customers sent; journaled as sent.</summary>
    public MobileTicketCreation CreateFromMobile(string tenant, string title, IReadOnlyList<string> customerIds, string? pipelineId)
    {
        lock (gate)
        {
            var state = Tenant(tenant);
            FakeTicket? created = null;
            var status = CreationFailureUnderLock(state) ?? 201;
            if (status == 201)
            {
                var ticket = NewTicketUnderLock(title, tenant);
                foreach (var customerId in customerIds) LinkUnderLock(ticket, customerId);
                created = ticket.ToFake();
            }
            var creation = new MobileTicketCreation(title, customerIds, created, status, pipelineId);
            state.TicketCreations.Add(creation);
            return creation;
        }
    }

    /// <summary>
    /// The app's <c>PUT /v2.8/tickets/{id}</c>: the body's list replaces the ticket's customers. Journaled exactly as sent
    /// (duplicates kept); answers the tenant's update failure, 404 for a ticket the tenant lacks, else 200.
    /// </summary>
    public (FakeTicket? Ticket, int Status) UpdateFromMobile(string tenant, string ticketId, IReadOnlyList<string> customerIds)
    {
        lock (gate)
        {
            var state = Tenant(tenant);
            var ticket = OwnedTicketUnderLock(tenant, ticketId);
            var status = UpdateFailureUnderLock(state) ?? (ticket is null ? 404 : 200);
            state.AssociationUpdates.Add(new MobileAssociationUpdate(ticketId, customerIds, status));
            if (status != 200) return (null, status);
            foreach (var dropped in ticket!.Links.Keys.Except(customerIds).ToList()) ticket.Links.Remove(dropped);
            foreach (var customerId in customerIds) LinkUnderLock(ticket, customerId);
            return (ticket.ToFake(), status);
        }
    }

    /// <summary>OQ-2: whether CRM's form can sign the user in for this customer (false when the customer's tenant says it cannot).</summary>
    public bool EmbedSignInWorks(string? customerId)
    {
        lock (gate)
            return customerId is null || !tenantOfCustomer.TryGetValue(customerId, out var tenant) || !tenants[tenant].EmbedSignInFails;
    }

    // A failure set for a number of calls counts down and then clears itself.
    private static int? CreationFailureUnderLock(TenantState state)
    {
        var failure = state.TicketCreationFailure;
        if (failure is not null && state.TicketCreationFailuresLeft is { } left && (state.TicketCreationFailuresLeft = left - 1) == 0)
            state.TicketCreationFailure = null;
        return failure;
    }

    private static int? UpdateFailureUnderLock(TenantState state)
    {
        var failure = state.AssociationUpdateFailure;
        if (failure is not null && state.AssociationUpdateFailuresLeft is { } left && (state.AssociationUpdateFailuresLeft = left - 1) == 0)
            state.AssociationUpdateFailure = null;
        return failure;
    }

    /// <summary>The tenant's customers whose name contains the text (case-insensitive), by name.</summary>
    public IReadOnlyList<(string Id, string Name)> SearchCustomers(string tenant, string text)
    {
        lock (gate)
            return tenants.TryGetValue(tenant, out var state)
                ? state.Customers.Where(c => c.Value.Contains(text, StringComparison.OrdinalIgnoreCase))
                    .OrderBy(c => c.Value, StringComparer.Ordinal).Select(c => (c.Key, c.Value)).ToList()
                : [];
    }
}
