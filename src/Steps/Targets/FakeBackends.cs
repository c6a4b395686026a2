using Cdp.TicketE2E.Fakes;
using Cdp.TicketE2E.Configuration;

namespace Cdp.TicketE2E.Steps.Targets;

/// <summary>
/// The run's fake services: started once in this process on free ports (E2E:Fakes:Mode=InProcess), or the standing
/// ones at the configured addresses (Standing, and always for a deployed target with fake backends). Every scenario
/// shares them through its own tenant. Against real backends there are none, and asking for them says so.
/// </summary>
public sealed class FakeBackends(HarnessSettings settings) : IAsyncDisposable
{
    private readonly SemaphoreSlim start = new(1, 1);
    private FakeServices? inProcess;
    private RunningFakeBackends? ready;

    /// <summary>True when the target talks to real backends, where nothing can be arranged or read.</summary>
    public bool AreReal => settings.Target == TargetKind.Deployed && settings.Deployed.Backend == DeployedBackend.Real;

    /// <summary>The services, started or checked on first use.</summary>
    /// <exception cref="FakeServicesUnavailableException">Standing services do not answer; the message says how to start them.</exception>
    public async Task<RunningFakeBackends> ReadyAsync()
    {
        if (AreReal) throw new InvalidOperationException("The target talks to real backends (E2E:Deployed:Backend=Real): there are no fake services to use.");
        if (ready is not null) return ready;
        await start.WaitAsync();
        try
        {
            return ready ??= await StartOrConnectAsync();
        }
        finally
        {
            start.Release();
        }
    }

    private async Task<RunningFakeBackends> StartOrConnectAsync()
    {
        if (settings.Fakes.Mode == FakesMode.InProcess && settings.Target != TargetKind.Deployed)
        {
            inProcess = await FakeServices.StartAsync(FakeServicesOptions.FreePorts);
            var own = inProcess.Client();
            await own.EnsureUpAsync(); // warms the servers up once, before any scenario's step waits on them
            return new RunningFakeBackends(inProcess.CrmUrl, inProcess.CdpApiUrl, own);
        }
        var options = settings.Fakes.StandingOptions();
        var client = new FakeServicesClient(options.CdpApiUrl);
        await client.EnsureUpAsync();
        return new RunningFakeBackends(options.CrmUrl, options.CdpApiUrl, client);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        ready?.Client.Dispose();
        if (inProcess is not null) await inProcess.DisposeAsync();
        start.Dispose();
    }
}

/// <summary>Where the fake services are and the client of their control API.</summary>
public sealed record RunningFakeBackends(Uri CrmUrl, Uri CdpApiUrl, FakeServicesClient Client)
{
    /// <summary>CRM's create-ticket embed page.</summary>
    public Uri EmbedUrl => new(CrmUrl, "embed/ticket/create");
}
