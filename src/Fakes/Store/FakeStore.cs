namespace Cdp.TicketE2E.Fakes.Store;

/// <summary>
/// The fake backends' one truth, shared by the fake CRM and the fake CDP API: tenants with their users, customers,
/// tickets, switches and journals. Tokens and customer ids are unique across tenants, so every request is attributed
/// to the tenant of what it carries. WireMock answers on pool threads, so every access takes the one lock.
/// </summary>
internal sealed partial class FakeStore
{
    private const int FirstTicketNumber = 1001;

    private readonly Lock gate = new();
    private readonly Dictionary<string, TenantState> tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> tenantOfToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> tenantOfCustomer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TicketRecord> tickets = new(StringComparer.Ordinal);
    private int nextTicketNumber = FirstTicketNumber;
    private long linkSequence;

    /// <summary>Creates or replaces a tenant's user; false when the token already belongs to another tenant.</summary>
    public bool PutUser(string tenant, string token, FakeUser user)
    {
        lock (gate)
        {
            if (tenantOfToken.TryGetValue(token, out var owner) && owner != tenant) return false;
            tenantOfToken[token] = tenant;
            Tenant(tenant).Users[token] = user;
            return true;
        }
    }

    /// <summary>Creates or renames a tenant's customer; false when the id already belongs to another tenant.</summary>
    public bool PutCustomer(string tenant, string customerId, string name)
    {
        lock (gate)
        {
            if (tenantOfCustomer.TryGetValue(customerId, out var owner) && owner != tenant) return false;
            tenantOfCustomer[customerId] = tenant;
            var customers = Tenant(tenant).Customers;
            customers.RemoveAll(c => c.Key == customerId);
            customers.Add(new(customerId, name));
            return true;
        }
    }

    public void PatchBehaviour(string tenant, BehaviourPatch patch)
    {
        lock (gate) patch.ApplyTo(Tenant(tenant));
    }

    /// <summary>Makes a ticket exist in the tenant, linked to the given customers of that tenant.</summary>
    public FakeTicket SeedTicket(string tenant, string title, IReadOnlyList<string> customerIds)
    {
        lock (gate)
        {
            var ticket = NewTicketUnderLock(title, tenant);
            foreach (var customerId in customerIds) LinkUnderLock(ticket, customerId);
            return ticket.ToFake();
        }
    }

    public TenantSnapshot Snapshot(string tenant)
    {
        lock (gate)
        {
            if (!tenants.TryGetValue(tenant, out var state)) return new TenantSnapshot([], [], [], [], [], [], []);
            var owned = state.TicketIds.Select(id => tickets[id]).ToList();
            var customers = state.Customers.Select(c => new FakeCustomer(c.Key, c.Value, owned
                .Where(t => t.Links.ContainsKey(c.Key)).OrderBy(t => t.Links[c.Key]).Select(t => t.Id).ToList())).ToList();
            return new TenantSnapshot(customers, owned.Select(t => t.ToFake()).ToList(), [.. state.CreatedTickets], [.. state.AssociationCalls],
                [.. state.TicketCreations], [.. state.AssociationUpdates], [.. state.Requests]);
        }
    }

    /// <summary>Forgets the tenant, its tokens, customers and tickets.</summary>
    public void Forget(string tenant)
    {
        lock (gate)
        {
            if (!tenants.Remove(tenant, out var state)) return;
            foreach (var token in state.Users.Keys) tenantOfToken.Remove(token);
            foreach (var customer in state.Customers) tenantOfCustomer.Remove(customer.Key);
            foreach (var ticket in state.TicketIds) tickets.Remove(ticket);
        }
    }

    /// <summary>The tenant a token signs in to, with its user; null for an unknown token.</summary>
    public (string Tenant, FakeUser User)? SignedIn(string? token)
    {
        if (token is null) return null;
        lock (gate)
            return tenantOfToken.TryGetValue(token, out var tenant) && tenants[tenant].Users.TryGetValue(token, out var user)
                ? (tenant, user) : null;
    }

    /// <summary>The tenant of a customer id; null when no tenant has it.</summary>
    public string? TenantOfCustomer(string? customerId)
    {
        if (customerId is null) return null;
        lock (gate) return tenantOfCustomer.GetValueOrDefault(customerId);
    }

    /// <summary>Adds a line to the tenant's request journal.</summary>
    public void Record(string tenant, string line)
    {
        lock (gate) Tenant(tenant).Requests.Add(line);
    }

    private TenantState Tenant(string tenant)
    {
        if (!tenants.TryGetValue(tenant, out var state)) tenants[tenant] = state = new TenantState(tenant);
        return state;
    }

    private TicketRecord NewTicketUnderLock(string title, string? tenant)
    {
        var ticket = new TicketRecord($"T-{nextTicketNumber++}", title, tenant);
        tickets[ticket.Id] = ticket;
        if (tenant is not null) Tenant(tenant).TicketIds.Add(ticket.Id);
        return ticket;
    }

    // Idempotent, like the real endpoint: a pair is linked once however often it is asked for.
    private void LinkUnderLock(TicketRecord ticket, string customerId)
    {
        if (!ticket.Links.ContainsKey(customerId)) ticket.Links[customerId] = ++linkSequence;
    }

    // A ticket the tenant owns; another tenant's ticket is as good as unknown.
    private TicketRecord? OwnedTicketUnderLock(string tenant, string ticketId) =>
        tickets.TryGetValue(ticketId, out var ticket) && ticket.Tenant == tenant ? ticket : null;
}
