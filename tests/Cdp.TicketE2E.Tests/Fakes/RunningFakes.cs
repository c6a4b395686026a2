using System.Net.Http.Json;
using Cdp.TicketE2E.Fakes;

namespace Cdp.TicketE2E.Tests.Fakes;

/// <summary>
/// Fake services on free ports for one test, with a tenant arranged the way the harness arranges one, and an app-side
/// HTTP client that calls the services as a page or the mobile app would (bearer token, JSON).
/// </summary>
internal sealed class RunningFakes : IAsyncDisposable
{
    public const string Token = "token-of-ana";
    public const string CustomerId = "cust-ana";

    private RunningFakes(FakeServices services)
    {
        Services = services;
        Control = services.Client();
        Tenant = Control.Tenant("tenant-a");
        App = new HttpClient();
        App.DefaultRequestHeaders.Authorization = new("Bearer", Token);
    }

    public FakeServices Services { get; }
    public FakeServicesClient Control { get; }
    public FakeTenant Tenant { get; }
    public HttpClient App { get; }

    /// <summary>Starts the services with tenant-a holding a signed-in user and the customer Ana.</summary>
    public static async Task<RunningFakes> StartAsync()
    {
        var fakes = new RunningFakes(await FakeServices.StartAsync(FakeServicesOptions.FreePorts));
        await fakes.Tenant.GivenUserAsync(Token, new FakeUser("Ana's agent", ["ticket.create"], new Dictionary<string, bool> { ["cdp_ticket_embed"] = true }));
        await fakes.Tenant.GivenCustomerAsync(CustomerId, "Ana Wijaya");
        return fakes;
    }

    public Uri Cdp(string path) => new(Services.CdpApiUrl, path);
    public Uri Crm(string path) => new(Services.CrmUrl, path);

    /// <summary>The embedded form's create call (no token: the form has none).</summary>
    public async Task<HttpResponseMessage> CreateFromEmbedAsync(string title, string? customerId = CustomerId)
    {
        using var anonymous = new HttpClient();
        return await anonymous.PostAsJsonAsync(Crm("api/tickets"), new { title, customerId, embedSource = "cdp" });
    }

    public async ValueTask DisposeAsync()
    {
        App.Dispose();
        Control.Dispose();
        await Services.DisposeAsync();
    }
}
