using System.Collections.Concurrent;
using Cdp.TicketE2E.Runner.Bindings;
using Cdp.TicketE2E.Runner.Execution;
using Cdp.TicketE2E.Runner.Features;
using Cdp.TicketE2E.Runner.Messages;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Tests.Runner;

/// <summary>Collects envelopes in memory, round-tripped through JSON so every test also checks the wire form.</summary>
internal sealed class MemorySink : IMessageSink
{
    private readonly ConcurrentQueue<string> lines = new();

    public void Publish(Envelope envelope) => lines.Enqueue(CucumberJson.Serialize(envelope));

    public IReadOnlyList<Envelope> Envelopes => lines.Select(CucumberJson.Deserialize).ToList();

    public IReadOnlyList<string> Lines => lines.ToList();
}

/// <summary>What the test bindings did, in order; registered as a run service so every scenario writes to the same one.</summary>
internal sealed class Journal
{
    private readonly ConcurrentQueue<string> entries = new();

    public void Add(string entry) => entries.Enqueue(entry);

    public IReadOnlyList<string> Entries => entries.ToList();
}

/// <summary>Runs in-memory features against a chosen set of binding classes.</summary>
internal sealed class RunnerHarness
{
    public MemorySink Sink { get; } = new();
    public Journal Journal { get; } = new();
    public string ReportsDirectory { get; } = Path.Combine(Path.GetTempPath(), "e2e-runner-tests", Guid.NewGuid().ToString("N"));

    public async Task<IReadOnlyList<ScenarioResult>> RunAsync(string featureText, params Type[] bindingTypes) =>
        await RunAsync(new Dictionary<string, string> { ["sample.feature"] = featureText }, 0, bindingTypes);

    public async Task<IReadOnlyList<ScenarioResult>> RunAsync(IDictionary<string, string> features, int retries, params Type[] bindingTypes)
    {
        var set = FeatureSet.FromTexts(features);
        var options = new TestRunOptions
        {
            Sink = Sink,
            ReportsDirectory = ReportsDirectory,
            Retries = retries,
            StepTimeout = TimeSpan.FromSeconds(5),
            Services = new Dictionary<Type, object> { [typeof(Journal)] = Journal },
        };
        var results = new List<ScenarioResult>();
        await using (var run = await TestRun.StartAsync(set, BindingRegistry.FromTypes(bindingTypes), options))
        {
            foreach (var scenario in set.Scenarios) results.Add(await run.RunAsync(scenario.Key));
        }
        return results;
    }
}
