using Cdp.TicketE2E.Fakes;
using Cdp.TicketE2E.ReferenceApps.Mobile;
using Cdp.TicketE2E.ReferenceApps.Web;

namespace Cdp.TicketE2E.RawBaseline;

/// <summary>
/// What both the harness and the baseline run against: the fake services and the reference apps on free loopback ports.
/// Each iteration arranges its own tenant (a customer and a permitted user), as every harness scenario does.
/// </summary>
internal sealed class BaselineEnvironment : IAsyncDisposable
{
    private readonly FakeServices fakes;
    private readonly FakeServicesClient client;

    private BaselineEnvironment(FakeServices fakes, ReferenceCdpHost web, ReferenceMobileApp mobile)
    {
        this.fakes = fakes;
        client = fakes.Client();
        Web = web;
        Mobile = mobile;
    }

    public ReferenceCdpHost Web { get; }

    public ReferenceMobileApp Mobile { get; }

    public static async Task<BaselineEnvironment> StartAsync()
    {
        var fakes = await FakeServices.StartAsync(FakeServicesOptions.FreePorts);
        var web = await ReferenceCdpHost.StartAsync(CdpHostSettings.Default(new Uri(fakes.CrmUrl, "embed/ticket/create"), fakes.CdpApiUrl));
        var mobile = await ReferenceMobileApp.StartAsync(MobileAppSettings.Default(fakes.CrmUrl));
        return new BaselineEnvironment(fakes, web, mobile);
    }

    /// <summary>A tenant with one customer and a user who may create tickets with the ticket feature on.</summary>
    public async Task<Tenant> ArrangeAsync()
    {
        var key = Guid.NewGuid().ToString("N")[..10];
        var tenant = client.Tenant("raw-" + key);
        var token = "user-" + key;
        await tenant.GivenUserAsync(token, new FakeUser("Raw agent", [Web.Settings.CreatePermission, Mobile.Settings.UpdatePermission],
            new Dictionary<string, bool> { [Web.Settings.TicketFlag] = true, [Mobile.Settings.TicketFlag] = true, [Web.Settings.ServerSideAssociationFlag] = false }));
        var customerId = "cust-" + key;
        await tenant.GivenCustomerAsync(customerId, "Ana Wijaya");
        return new Tenant(tenant, token, customerId);
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await Mobile.DisposeAsync();
        await Web.DisposeAsync();
        await fakes.DisposeAsync();
    }
}

/// <summary>One iteration's data: the fake services' tenant, the user's token and the customer.</summary>
internal sealed record Tenant(FakeTenant Fakes, string Token, string CustomerId)
{
    /// <summary>Throws unless the ticket is associated to the customer (web: CDP's association call).</summary>
    public async Task ExpectAssociatedAsync(string title)
    {
        if (!(await Fakes.ReadAsync()).TicketsAssociatedTo(CustomerId).Any(t => t.Title == title))
            throw new InvalidOperationException($"\"{title}\" is not associated to {CustomerId}.");
    }

    /// <summary>Throws unless the app's one association update of the ticket includes the customer (mobile).</summary>
    public async Task ExpectUpdatedToIncludeAsync(string title)
    {
        var updates = (await Fakes.ReadAsync()).AssociationUpdatesFor(title);
        if (updates.Count != 1 || !updates[0].QontakCustomerIds.Contains(CustomerId))
            throw new InvalidOperationException($"\"{title}\" had {updates.Count} association update(s), expected one including {CustomerId}.");
    }
}
