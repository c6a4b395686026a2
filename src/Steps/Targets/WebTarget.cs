using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Contracts;

namespace Cdp.TicketE2E.Steps.Targets;

/// <summary>
/// The CDP web build under test, started once for the run on first use: the reference page, the Vue app, or a deployed
/// build (nothing started). Every build is configured only with run-wide settings; what differs per scenario (user,
/// permissions, flags, OQ-6) comes from the fake services through the scenario's own tenant.
/// </summary>
public sealed class WebTarget(HarnessSettings settings, FakeBackends backends, TargetContracts contracts) : IAsyncDisposable
{
    private readonly SemaphoreSlim start = new(1, 1);
    private IWebApp? app;

    /// <summary>The customer's page, starting the build on first use.</summary>
    public async Task<Uri> CustomerPageAsync(string customerId) => (await AppAsync()).CustomerPage(customerId);

    private async Task<IWebApp> AppAsync()
    {
        if (app is not null) return app;
        await start.WaitAsync();
        try
        {
            return app ??= await StartAsync();
        }
        finally
        {
            start.Release();
        }
    }

    private async Task<IWebApp> StartAsync() => settings.Target switch
    {
        TargetKind.Reference => await ReferenceWebApp.StartAsync(settings, await backends.ReadyAsync(), contracts.Web),
        TargetKind.Vue => await VueWebApp.StartAsync(settings, await backends.ReadyAsync(), contracts.Web),
        TargetKind.Deployed => new DeployedWebApp(settings.Deployed.CustomerPageUrl),
        _ => throw new SettingsException($"E2E:Target {settings.Target} has no web build."),
    };

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        start.Dispose();
    }
}

/// <summary>A running CDP web build: where a customer's page is.</summary>
internal interface IWebApp : IAsyncDisposable
{
    Uri CustomerPage(string customerId);
}

/// <summary>A build started elsewhere; its customer page comes from the configured template.</summary>
internal sealed class DeployedWebApp(string customerPageUrl) : IWebApp
{
    public Uri CustomerPage(string customerId) => customerPageUrl.Length > 0
        ? new(customerPageUrl.Replace("{customerId}", Uri.EscapeDataString(customerId), StringComparison.Ordinal))
        : throw new SettingsException("E2E:Deployed:CustomerPageUrl is empty: a web scenario against --target deployed needs the build's customer " +
                                      "page, e.g. E2E__Deployed__CustomerPageUrl='http://127.0.0.1:5173/customers/{customerId}'.");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
