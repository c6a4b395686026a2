using Cdp.TicketE2E.Fakes;
using Cdp.TicketE2E.Runner.Execution;

namespace Cdp.TicketE2E.Steps.World;

/// <summary>
/// The scenario's side of the world that is not a screen: the fake CRM (started on first use,
/// on its own port), the customer, and what the user is allowed to do. Shared by every channel.
/// </summary>
public sealed class TicketWorld(ScenarioContext scenario) : IAsyncDisposable
{
    private FakeCrm? crm;

    /// <summary>The customer the scenario is about.</summary>
    public Customer? Customer { get; private set; }

    /// <summary>Whether the user holds the ticket-create permission (its key is still open: web PRD OQ-4).</summary>
    public bool UserCanCreateTickets { get; set; }

    /// <summary>Whether the create-ticket feature flag is on (its name is still open). On unless a scenario says otherwise.</summary>
    public bool CreateTicketFlagOn { get; set; } = true;

    /// <summary>
    /// OQ-6: whether CRM links a ticket created from the customer to that customer itself. The fake CRM and the web
    /// page are told the same answer, so the page's decision to make its own association call can be checked.
    /// </summary>
    public bool CrmAssociatesServerSide { get; private set; }

    /// <summary>The fake CRM of this scenario, started on first use.</summary>
    public async Task<FakeCrm> CrmAsync() => crm ??= await FakeCrm.StartAsync();

    /// <summary>Makes the customer exist in the fake CRM and remembers it as the scenario's customer.</summary>
    public async Task<Customer> AddCustomerAsync(string name)
    {
        var customer = Customer.Named(name);
        (await CrmAsync()).GivenCustomer(customer.Id, customer.Name);
        Customer = customer;
        return customer;
    }

    /// <summary>Tells the fake CRM (and, through <see cref="CrmAssociatesServerSide"/>, the web page) the OQ-6 answer.</summary>
    public async Task GivenCrmAssociatesServerSideAsync(bool associates)
    {
        CrmAssociatesServerSide = associates;
        (await CrmAsync()).GivenCrmAssociatesServerSide(associates);
    }

    /// <summary>
    /// Makes every association the client makes fail. On web that is CDP's own association call, which exists only when
    /// CRM does not associate server-side (OQ-6), so that answer is given too: otherwise there would be nothing to fail.
    /// </summary>
    public async Task GivenAssociationFailsAsync()
    {
        await GivenCrmAssociatesServerSideAsync(false);
        (await CrmAsync()).GivenAssociationFails();
        (await CrmAsync()).Mobile.GivenAssociationUpdateFails(); // mobile: the app's PUT /v2.8/tickets/{id}
    }

    /// <summary>The scenario's customer; a step that needs one before it was given fails with the fix.</summary>
    public Customer RequireCustomer() => Customer
        ?? throw new InvalidOperationException("This step needs a customer. Start the scenario with a step like: Given a customer \"Ana Wijaya\" with no associated tickets.");

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (crm is null) return;
        if (scenario.Failed) scenario.AttachText("fake-crm-journal.txt", crm.RequestJournal());
        await crm.DisposeAsync();
    }
}
