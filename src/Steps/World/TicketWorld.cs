using Cdp.TicketE2E.Fakes;
using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Targets;

namespace Cdp.TicketE2E.Steps.World;

/// <summary>
/// The scenario's side of the world that is not a screen: its own tenant of the fake services (a user, customers, CRM's
/// switches and faults), what the user may do, and what the backends hold and journaled. Shared by every channel.
/// What the app reads once when it opens (permissions, flags, OQ-6) must be given before it opens. Against real
/// backends only the configured customer and test accounts exist; whatever else a step needs is NOT RUN, with why.
/// </summary>
public sealed class TicketWorld(ScenarioEvidence evidence, FakeBackends backends, HarnessSettings settings) : IDisposable
{
    private readonly List<Customer> customers = [];
    private FakeTenant? tenant;
    private bool userMayCreate;
    private bool ticketFeatureOn = true;
    private bool crmAssociatesServerSide = settings.Web.CrmAssociatesServerSide;
    private string? openedBy;

    /// <summary>Unique to this scenario: its tenant, user token and customer ids end with it.</summary>
    public string Key { get; } = Guid.NewGuid().ToString("N")[..10];

    /// <summary>The API token of the scenario's signed-in user.</summary>
    public string UserToken => "user-" + Key;

    /// <summary>The customer the scenario is about: the first one it names.</summary>
    public Customer? Customer => customers.FirstOrDefault();

    /// <summary>The scenario's customer; a step that needs one before it was given fails with the fix.</summary>
    public Customer RequireCustomer() => Customer
        ?? throw new InvalidOperationException("This step needs a customer. Start the scenario with a step like: Given a customer \"Ana Wijaya\" with no associated tickets.");

    /// <summary>A customer of this scenario by name.</summary>
    public Customer CustomerNamed(string name) => customers.FirstOrDefault(c => c.Name == name)
        ?? throw new InvalidOperationException($"The scenario has no customer \"{name}\". Add a step like: Given another customer \"{name}\".");

    /// <summary>Makes the customer exist in the backends (the first one named is the scenario's customer).</summary>
    public async Task<Customer> AddCustomerAsync(string name)
    {
        if (backends.AreReal) return AddConfiguredCustomer(name);
        var customer = Customer.Named(name, Key);
        await (await TenantAsync($"create the customer \"{name}\"")).GivenCustomerAsync(customer.Id, name);
        customers.Add(customer);
        return customer;
    }

    /// <summary>Grants or withholds the create permission (web: the configured key, OQ-4; mobile: permission.update).</summary>
    public Task GivenUserMayCreateTicketsAsync(bool may)
    {
        RequireNotOpened(may ? "the user may create tickets" : "the user may not create tickets");
        userMayCreate = may;
        return backends.AreReal ? Task.CompletedTask : PutUserAsync(may ? "grant the user the create permission" : "withhold the create permission");
    }

    /// <summary>Switches the ticket feature flag of each platform.</summary>
    public Task GivenTicketFeatureAsync(bool on)
    {
        RequireNotOpened($"the ticket feature is {(on ? "on" : "off")}");
        ticketFeatureOn = on;
        return backends.AreReal ? Task.CompletedTask : PutUserAsync($"switch the ticket feature {(on ? "on" : "off")}");
    }

    /// <summary>OQ-6: CRM links a CDP-created ticket itself (the fake CRM does; the page learns it from its flag).</summary>
    public async Task GivenCrmAssociatesServerSideAsync(bool associates)
    {
        RequireNotOpened($"CRM {(associates ? "associates" : "does not associate")} tickets server-side");
        crmAssociatesServerSide = associates;
        var what = $"make CRM {(associates ? "" : "not ")}associate tickets server-side";
        await (await TenantAsync(what)).GivenCrmAssociatesServerSideAsync(associates);
        await PutUserAsync(what);
    }

    /// <summary>Ticket creation fails (the embed's create call and the app's <c>POST /v2.8/tickets</c>): every time, or the next <paramref name="times"/>.</summary>
    public async Task GivenTicketCreationFailsAsync(int? times = null) =>
        await (await TenantAsync("make ticket creation fail")).GivenTicketCreationFailsAsync(times: times);

    /// <summary>The mobile app's association update fails the next <paramref name="times"/> times.</summary>
    public async Task GivenAssociationUpdateFailsAsync(int times) =>
        await (await TenantAsync("make the association update fail")).GivenAssociationUpdateFailsAsync(times: times);

    /// <summary>OQ-2: CRM's form cannot sign the user in.</summary>
    public async Task GivenEmbedSignInFailsAsync() => await (await TenantAsync("make CRM's form fail to sign the user in")).GivenEmbedSignInFailsAsync();

    /// <summary>
    /// Every association the client makes fails. On web that is CDP's own call, which exists only when CRM does not
    /// associate server-side (OQ-6), so that answer is given too: otherwise there would be nothing to fail.
    /// </summary>
    public async Task GivenAssociationFailsAsync()
    {
        await GivenCrmAssociatesServerSideAsync(false);
        var crm = await TenantAsync("make association fail");
        await crm.GivenAssociationFailsAsync();
        await crm.GivenAssociationUpdateFailsAsync();
    }

    /// <summary>Makes a ticket exist in CRM, associated to no customer.</summary>
    public async Task<FakeTicket> GivenUnassociatedTicketAsync(string title) =>
        await (await TenantAsync($"create the ticket \"{title}\" in CRM")).GivenTicketAsync(title);

    /// <summary>What the backends hold and journaled for this scenario now.</summary>
    public async Task<TenantSnapshot> BackendsAsync() => await (await TenantAsync("read what CRM and CDP hold")).ReadAsync();

    /// <summary>
    /// How the scenario's user is signed in: with the user's token of the fake services, or, against real backends, with the
    /// configured account (a storage-state file) for what the scenario says the user may do.
    /// </summary>
    public UserSignIn SignIn()
    {
        if (!backends.AreReal) return new UserSignIn(UserToken, StorageStateFile: null);
        var (setting, path) = (userMayCreate, ticketFeatureOn) switch
        {
            (true, true) => ("Permitted", settings.Deployed.Accounts.Permitted),
            (false, true) => ("NotPermitted", settings.Deployed.Accounts.NotPermitted),
            (true, false) => ("FlagOff", settings.Deployed.Accounts.FlagOff),
            _ => ("(none)", ""),
        };
        if (path.Length == 0 || !File.Exists(path))
            throw new PreconditionUnavailableException(
                $"Against real backends the user is a configured test account, and none is configured for a user who {(userMayCreate ? "may" : "may not")} " +
                $"create tickets with the ticket feature {(ticketFeatureOn ? "on" : "off")}: set E2E__Deployed__Accounts__{setting} to the storage-state " +
                "file of such an account (made by signing in through an API).");
        return new UserSignIn(Token: null, StorageStateFile: path);
    }

    /// <summary>Notes that the app was opened; Givens it reads on opening can no longer take effect.</summary>
    public void AppOpened(string how) => openedBy ??= how;

    /// <summary>When the scenario failed, keeps the fake services' journal of its tenant as evidence.</summary>
    public async Task KeepJournalAsync()
    {
        if (tenant is not null && evidence.Failed) evidence.AttachText("fake-services-journal.txt", await JournalAsync());
    }

    /// <summary>Forgets the scenario's tenant: standing services outlive the run, and a finished scenario's data must not stay behind.</summary>
    public async Task ForgetAsync()
    {
        if (tenant is null) return;
        var finished = tenant;
        tenant = null;
        try { await finished.ForgetAsync(); } catch (FakeServicesUnavailableException) { }
    }

    /// <inheritdoc />
    // The after-scenario hooks close this in their visible order; Reqnroll skips the hooks after one that fails, and its
    // scenario container disposes (synchronously) what they left, so nothing leaks into the next scenario.
    public void Dispose() => ForgetAsync().GetAwaiter().GetResult();

    private async Task<string> JournalAsync()
    {
        try
        {
            var requests = (await tenant!.ReadAsync()).Requests;
            return requests.Count == 0 ? "(no requests)" : string.Join('\n', requests);
        }
        catch (Exception e) when (e is FakeServicesUnavailableException or InvalidOperationException)
        {
            return $"The fake services' journal could not be read: {e.Message}";
        }
    }

    private Customer AddConfiguredCustomer(string name)
    {
        if (settings.Deployed.CustomerId.Length == 0 || customers.Count > 0)
            throw new PreconditionUnavailableException(
                $"Against real backends the harness cannot create the customer \"{name}\"; it uses one existing customer with no associated tickets, " +
                (customers.Count > 0 ? "and this scenario needs a second one." : "configured as E2E__Deployed__CustomerId, which is not set."));
        var customer = new Customer(settings.Deployed.CustomerId, name);
        customers.Add(customer);
        return customer;
    }

    private async Task<FakeTenant> TenantAsync(string what)
    {
        if (tenant is not null) return tenant;
        if (backends.AreReal)
            throw new PreconditionUnavailableException(
                $"The target talks to real backends (E2E:Deployed:Backend=Real), where the harness cannot {what}: it has no API to " +
                "arrange or read CRM and CDP there. Run against the standing fakes (E2E:Deployed:Backend=Fakes, ./e2e fakes) to run this scenario.");
        tenant = (await backends.ReadyAsync()).Client.Tenant("scenario-" + Key);
        if (crmAssociatesServerSide) await tenant.GivenCrmAssociatesServerSideAsync(true);
        await PutUserAsync(what);
        return tenant;
    }

    private async Task PutUserAsync(string what) => await (await TenantAsync(what)).GivenUserAsync(UserToken, new FakeUser(
        $"Agent of scenario {Key}",
        userMayCreate ? [settings.Web.CreatePermission, settings.Mobile.UpdatePermission] : [],
        new Dictionary<string, bool>
        {
            [settings.Web.TicketFlag] = ticketFeatureOn,
            [settings.Mobile.TicketFlag] = ticketFeatureOn,
            [settings.Web.ServerSideAssociationFlag] = crmAssociatesServerSide,
        }));

    private void RequireNotOpened(string step)
    {
        if (openedBy is not null)
            throw new InvalidOperationException(
                $"\"{step}\" comes after the app was opened ({openedBy}). The app reads the user's permissions and flags when it opens, " +
                "so this would silently not take effect. Move the step before the step that opens the customer page.");
    }
}

/// <summary>How a scenario's user is signed in: the fakes' token, or a test account's storage-state file (real backends).</summary>
public sealed record UserSignIn(string? Token, string? StorageStateFile);
