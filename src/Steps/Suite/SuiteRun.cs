using Cdp.TicketE2E.Runner.Bindings;
using Cdp.TicketE2E.Runner.Execution;
using Cdp.TicketE2E.Runner.Features;
using Cdp.TicketE2E.Runner.Messages;
using Cdp.TicketE2E.Configuration;

namespace Cdp.TicketE2E.Steps.Suite;

/// <summary>
/// Owns one test run of the suite: settings, features, bindings and the NDJSON stream under
/// reports/. Created once per test process by the <see cref="Features"/> fixture.
/// </summary>
internal sealed class SuiteRun : IAsyncDisposable
{
    private readonly NdjsonFileSink sink;

    private SuiteRun(TestRun run, NdjsonFileSink sink)
    {
        Run = run;
        this.sink = sink;
    }

    public TestRun Run { get; }

    public static async Task<SuiteRun> StartAsync()
    {
        var settings = SettingsLoader.Load(AppContext.BaseDirectory);
        var features = FeatureSet.Load(settings.Paths.Features);
        // Evidence belongs to its run: an earlier run's files must never be taken for this one's.
        var evidence = Path.Combine(settings.Paths.Reports, "evidence");
        if (Directory.Exists(evidence)) Directory.Delete(evidence, recursive: true);
        var sink = new NdjsonFileSink(Path.Combine(settings.Paths.Reports, "cucumber.ndjson"));
        var options = new TestRunOptions
        {
            Sink = sink,
            ReportsDirectory = settings.Paths.Reports,
            RunId = settings.Run.Id,
            Commit = settings.Run.Commit,
            Target = settings.Target.ToString().ToLowerInvariant(),
            Selection = settings.Run.Selection,
            Retries = settings.Run.Retries,
            StepTimeout = TimeSpan.FromSeconds(settings.Run.StepTimeoutSeconds),
            Services = new Dictionary<Type, object> { [typeof(HarnessSettings)] = settings },
        };
        var run = await TestRun.StartAsync(features, BindingRegistry.FromAssemblies(typeof(SuiteRun).Assembly), options);
        return new SuiteRun(run, sink);
    }

    public async ValueTask DisposeAsync()
    {
        await Run.DisposeAsync();
        sink.Dispose();
    }
}
