namespace Cdp.TicketE2E.Fakes;

/// <summary>
/// One tenant of the fake services, in domain words: what a scenario arranges (user, customers, CRM's switches and
/// faults, existing tickets) and what it reads back (the backends' truth and journals). See docs/fake-services.md.
/// </summary>
public sealed class FakeTenant(FakeServicesClient client, string tenantId)
{
    private string Path => "__fake/tenants/" + Uri.EscapeDataString(tenantId);

    /// <summary>The tenant's id.</summary>
    public string Id => tenantId;

    /// <summary>Signs a user in with this token: <c>/v1/me</c> and <c>/v2.8/me</c> answer its permissions and flags.</summary>
    public Task GivenUserAsync(string token, FakeUser user) =>
        client.SendAsync(HttpMethod.Put, $"{Path}/users/{Uri.EscapeDataString(token)}", user);

    /// <summary>Makes a customer (contact) exist; its id must be unique across tenants.</summary>
    public Task GivenCustomerAsync(string customerId, string name) =>
        client.SendAsync(HttpMethod.Put, $"{Path}/customers/{Uri.EscapeDataString(customerId)}", new { name });

    /// <summary>OQ-6: whether CRM links a ticket created for a customer to that customer itself.</summary>
    public Task GivenCrmAssociatesServerSideAsync(bool associates) => Patch(new { crmAssociatesServerSide = associates });

    /// <summary>Ticket creation (embed and v2.8) answers this error status: every time, or only the next <paramref name="times"/> creations.</summary>
    public Task GivenTicketCreationFailsAsync(int status = 500, int? times = null) =>
        Patch(times is null ? new { ticketCreationFailure = status } : new { ticketCreationFailure = status, ticketCreationFailureTimes = times });

    /// <summary>CDP's <c>POST /v1/leads/{contact_id}/tickets/{ticket_id}</c> answers this error status.</summary>
    public Task GivenAssociationFailsAsync(int status = 500) => Patch(new { associationFailure = status });

    /// <summary>The mobile app's <c>PUT /v2.8/tickets/{id}</c> answers this error status: every time, or only the next <paramref name="times"/> updates.</summary>
    public Task GivenAssociationUpdateFailsAsync(int status = 500, int? times = null) =>
        Patch(times is null ? new { associationUpdateFailure = status } : new { associationUpdateFailure = status, associationUpdateFailureTimes = times });

    /// <summary>OQ-2: CRM's form cannot sign the user in (its sign-in check answers 401 for this tenant's customers).</summary>
    public Task GivenEmbedSignInFailsAsync() => Patch(new { embedSignInFails = true });

    /// <summary>Makes a ticket exist, linked to the given customers (none: an unassociated ticket).</summary>
    public Task<FakeTicket> GivenTicketAsync(string title, params string[] customerIds) =>
        client.ReadAsync<FakeTicket>(HttpMethod.Post, $"{Path}/tickets", new { title, customerIds });

    /// <summary>The tenant's truth and journals now.</summary>
    public Task<TenantSnapshot> ReadAsync() => client.ReadAsync<TenantSnapshot>(HttpMethod.Get, Path);

    /// <summary>Forgets the tenant, so a long-running service does not grow.</summary>
    public Task ForgetAsync() => client.SendAsync(HttpMethod.Delete, Path, null);

    private Task Patch(object behaviour) => client.SendAsync(HttpMethod.Patch, $"{Path}/behaviour", behaviour);
}
