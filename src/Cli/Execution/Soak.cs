using Cdp.TicketE2E.Reporting.Model;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>
/// Runs the same selection N times, one ordinary ./e2e run after another (each with its own reports folder and log), and
/// lists every scenario whose outcome was not the same in every run, with where each run's evidence of it is.
/// </summary>
internal sealed class Soak(TextWriter output)
{
    /// <summary>0 when every scenario had one outcome in every run; 1 when some differed; 2 when a run produced no results.</summary>
    public async Task<int> RunAsync(SuiteRunOptions run, int runs, CancellationToken cancellation)
    {
        var outcomes = new SoakOutcomes(runs);
        for (var i = 1; i <= runs; i++)
        {
            var reports = Path.Combine(run.ReportsDirectory, $"run-{i}");
            var (results, logPath) = await LoggedRun.RunAsync(run with { Report = run.Report with { ReportsDir = reports, HistoryDir = null } }, cancellation);
            if (results is null)
            {
                output.WriteLine($"Run {i} of {runs} produced no results; its log: {logPath}");
                return 2;
            }
            var scenarios = results.Where(s => s.Executed).ToList();
            foreach (var scenario in scenarios)
                outcomes.Add($"{scenario.Pickle.Location} \"{scenario.Pickle.Name}\"", i, scenario.Status,
                    scenario.FinalAttempt?.Evidence.FirstOrDefault(e => e.Url is not null)?.Url);
            output.WriteLine($"Run {i} of {runs}: {scenarios.Count(s => s.Status == ScenarioStatus.Passed)} of {scenarios.Count} passed ({reports}).");
        }
        var unstable = outcomes.Unstable();
        output.WriteLine();
        output.WriteLine(unstable.Count == 0
            ? $"Soak: every one of {outcomes.Count} scenarios had the same outcome in all {runs} runs."
            : $"Soak: {unstable.Count} of {outcomes.Count} scenarios did not have the same outcome in all {runs} runs:");
        foreach (var (scenario, results) in unstable)
        {
            output.WriteLine($"  {scenario}");
            foreach (var result in results) output.WriteLine($"    run {result.Run}: {result.Status}{(result.Evidence is null ? "" : $" (evidence: {Path.GetDirectoryName(result.Evidence)})")}");
        }
        return unstable.Count == 0 ? 0 : 1;
    }
}

/// <summary>Each scenario's outcome in each run; unstable when they differ, or when it did not run every time.</summary>
internal sealed class SoakOutcomes(int runs)
{
    private readonly Dictionary<string, List<(int Run, ScenarioStatus Status, string? Evidence)>> outcomes = new(StringComparer.Ordinal);

    public int Count => outcomes.Count;

    public void Add(string scenario, int run, ScenarioStatus status, string? evidence)
    {
        if (!outcomes.TryGetValue(scenario, out var list)) outcomes[scenario] = list = [];
        list.Add((run, status, evidence));
    }

    public IReadOnlyList<KeyValuePair<string, List<(int Run, ScenarioStatus Status, string? Evidence)>>> Unstable() =>
        outcomes.Where(o => o.Value.Select(r => r.Status).Distinct().Count() > 1 || o.Value.Count != runs).ToList();
}
