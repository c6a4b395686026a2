using System.Diagnostics;
using Cdp.TicketE2E.Reporting.Model;

namespace Cdp.TicketE2E.Cli.Execution.Bench;

/// <summary>
/// ./e2e bench: in each round, one after another so that drift over the rounds hits every measure alike, the raw web and
/// mobile baselines, the full suite on 1 and on 2 workers, and the engineer's single-scenario loop. The harness's
/// per-scenario times are read from the 1-worker suite run's own stream (warm, as in a real run).
/// </summary>
internal sealed class Benchmark(TextWriter output, BenchOptions options)
{
    public const string WebScenario = "A permitted user creates a ticket from the customer page";
    public const string MobileScenario = "The ticket is created, then updated to include the contact";

    private readonly BenchRecord record = new();

    public async Task<BenchRecord> RunAsync(CancellationToken cancellation)
    {
        for (var round = 1; round <= options.Rounds; round++)
        {
            output.WriteLine($"Round {round} of {options.Rounds}:");
            await RawAsync("web", round, cancellation);
            await RawAsync("mobile", round, cancellation);
            foreach (var workers in new[] { 1, 2 }) await SuiteAsync(round, workers, cancellation);
            await EngineerLoopAsync(round, cancellation);
        }
        return record;
    }

    private async Task RawAsync(string platform, int round, CancellationToken cancellation)
    {
        var result = await RawBaseline.RunAsync(platform, options.Iterations, Folder(round, $"raw-{platform}"), cancellation);
        record.Add($"raw {platform}: one scenario", "ms", result.IterationsMs);
        record.Add($"raw {platform}: browser or session start", "ms", [result.StartMs]);
        record.Add($"raw {platform}: busy CPU per scenario", "core-s", [result.BusyCoreSecondsPerIteration!.Value]);
        output.WriteLine($"  raw {platform}: median {new Samples("", "", result.IterationsMs).Median:0} ms over {result.IterationsMs.Count} scenarios");
    }

    private async Task SuiteAsync(int round, int workers, CancellationToken cancellation)
    {
        var run = options.SuiteRun(Folder(round, $"suite-{workers}-worker"), workers);
        await using var memory = new PeakMemory();
        var cpu = new MachineCpu();
        var clock = Stopwatch.StartNew();
        var (scenarios, log) = await LoggedRun.RunAsync(run, cancellation);
        var wall = clock.Elapsed.TotalSeconds;
        var busyCores = cpu.Busy / wall;
        if (scenarios is null) throw new BenchException($"The {workers}-worker suite run produced no results; its log: {log}");
        var executed = scenarios.Where(s => s.Executed).ToList();
        var failed = executed.Count(s => s.Status != ScenarioStatus.Passed);
        if (failed > 0) throw new BenchException($"{failed} of {executed.Count} scenarios did not pass in the {workers}-worker run, so its times mean nothing; see {log}.");
        record.Add($"suite, {workers} worker(s): wall", "s", [wall]);
        record.Add($"suite, {workers} worker(s): test time", "s", [TestTime(executed).TotalSeconds]);
        if (memory.PeakMiB is { } peak) record.Add($"suite, {workers} worker(s): peak memory", "MiB", [peak]);
        record.Add($"suite, {workers} worker(s): busy cores", "cores", [busyCores]);
        if (workers == 1)
        {
            record.Add("harness web: one scenario", "ms", [Duration(executed, WebScenario)]);
            record.Add("harness mobile: one scenario", "ms", [Duration(executed, MobileScenario)]);
        }
        output.WriteLine($"  suite on {workers} worker(s): {executed.Count} scenarios passed, {wall:0.0} s wall");
    }

    // The loop as an engineer repeats it: once in a new test host (--cold), then with a warm host (./e2e serve, on the
    // bench's own socket) after one warm-up run, as the second and later runs of a session go.
    private async Task EngineerLoopAsync(int round, CancellationToken cancellation)
    {
        record.Add("engineer loop, new test host: command to verdict", "s", [await LoopAsync(Folder(round, "engineer-loop-cold"), new Dictionary<string, string>(), cancellation, "--cold")]);
        await using var warm = await BenchWarmHost.StartAsync(Folder(round, "warm-host"), cancellation);
        await LoopAsync(Folder(round, "engineer-loop-warm-up"), warm.Environment, cancellation);
        for (var i = 1; i <= WarmLoops; i++)
            record.Add("engineer loop, warm host: command to verdict", "s", [await LoopAsync(Folder(round, $"engineer-loop-warm-{i}"), warm.Environment, cancellation)]);
    }

    private const int WarmLoops = 3;

    private async Task<double> LoopAsync(string folder, IReadOnlyDictionary<string, string> environment, CancellationToken cancellation, params string[] options)
    {
        Directory.CreateDirectory(folder);
        var clock = Stopwatch.StartNew();
        // What the command printed, beside the run.log the run itself keeps in the same folder.
        await using var log = new StreamWriter(Path.Combine(folder, "console.log"));
        var exit = await Processes.RunAsync(Path.Combine(Repository.Root, "e2e"), ["run", "--name", WebScenario, "--reports", folder, .. options],
            environment, cancellation, log.WriteLine);
        var seconds = clock.Elapsed.TotalSeconds;
        if (exit != 0) throw new BenchException($"The engineer's loop (./e2e run --name \"{WebScenario}\") exited {exit}; see {folder}/console.log.");
        output.WriteLine($"  engineer loop{(environment.Count > 0 ? ", warm host" : ", new test host")}: {seconds:0.0} s");
        return seconds;
    }

    // From the first scenario's start to the last one's end: the scenarios' share of the run, as a test host's total shows it.
    private static TimeSpan TestTime(IReadOnlyList<ScenarioResult> executed)
    {
        var attempts = executed.SelectMany(s => s.Attempts).Where(a => a.StartedAt is not null).ToList();
        return attempts.Max(a => a.StartedAt!.Value + a.Duration) - attempts.Min(a => a.StartedAt!.Value);
    }

    private static double Duration(IReadOnlyList<ScenarioResult> executed, string name) =>
        (executed.FirstOrDefault(s => s.Pickle.Name == name)?.FinalAttempt?.Duration
         ?? throw new BenchException($"The suite run has no scenario named \"{name}\": the bench measures it, so it must stay in the suite.")).TotalMilliseconds;

    private string Folder(int round, string job) => Path.Combine(options.ReportsDirectory, "bench", $"round-{round}", job);
}

/// <summary>The bench cannot produce honest numbers (a run failed, a measured scenario is gone); the message says which.</summary>
internal sealed class BenchException(string message) : Exception(message);
