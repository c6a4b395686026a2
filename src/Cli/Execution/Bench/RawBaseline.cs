using System.Text.Json;

namespace Cdp.TicketE2E.Cli.Execution.Bench;

/// <summary>Runs bench/RawBaseline (plain Playwright or Selenium, no harness code) and reads the timings it prints.</summary>
internal static class RawBaseline
{
    public sealed record Result(double StartMs, IReadOnlyList<double> IterationsMs, double? BusyCoreSecondsPerIteration);

    public static async Task<Result> RunAsync(string platform, int iterations, string folder, CancellationToken cancellation)
    {
        var program = Path.Combine(Repository.Root, "bench", "RawBaseline", "bin", "Release", "net10.0", "raw-baseline.dll");
        if (!File.Exists(program)) throw new BenchException($"The raw baseline is not built ({program} is missing): run ./e2e bench, which builds it.");
        Directory.CreateDirectory(folder);
        var logPath = Path.Combine(folder, "run.log");
        await using (var log = new StreamWriter(logPath))
        {
            var exit = await Processes.RunAsync("dotnet", [program, platform, "--iterations", iterations.ToString()], new Dictionary<string, string>(), cancellation, log.WriteLine);
            if (exit != 0) throw new BenchException($"The raw {platform} baseline exited {exit}; see {logPath}.");
        }
        var json = File.ReadLines(logPath).LastOrDefault(l => l.StartsWith('{'))
                   ?? throw new BenchException($"The raw {platform} baseline printed no timings; see {logPath}.");
        return Read(json, logPath);
    }

    /// <summary>The baseline's JSON line; every field is required (an older build of the baseline is rebuilt by ./e2e bench).</summary>
    public static Result Read(string json, string logPath)
    {
        var result = JsonSerializer.Deserialize<Result>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        if (result is not { IterationsMs.Count: > 0, BusyCoreSecondsPerIteration: not null })
            throw new BenchException($"The raw baseline's timings lack iterationsMs or busyCoreSecondsPerIteration: {json} (see {logPath}).");
        return result;
    }
}
