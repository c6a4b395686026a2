using System.Text.Json;

namespace Cdp.TicketE2E.Cli.Execution.Bench;

/// <summary>Every measure of a bench run, in the order first measured, and the targets judged on their medians.</summary>
internal sealed class BenchRecord(int cores)
{
    public BenchRecord() : this(Environment.ProcessorCount)
    {
    }

    private readonly List<(string Name, string Unit, List<double> Values)> measures = [];

    public void Add(string name, string unit, IEnumerable<double> values)
    {
        var index = measures.FindIndex(m => m.Name == name);
        if (index < 0) measures.Add((name, unit, [.. values]));
        else measures[index].Values.AddRange(values);
    }

    public IReadOnlyList<Samples> Samples => measures.Select(m => new Samples(m.Name, m.Unit, m.Values)).ToList();

    /// <summary>The issue's targets: per-scenario ratios against the raw baselines, suite test time and scaling, the loop.</summary>
    public IReadOnlyList<BenchTarget> Targets() =>
    [
        new("web: harness / raw Playwright, per scenario", Ratio("harness web: one scenario", "raw web: one scenario"), 1.3),
        new("mobile: harness / raw Selenium, per scenario", Ratio("harness mobile: one scenario", "raw mobile: one scenario"), 1.3),
        new("suite on 2 workers: test time (s)", Median("suite, 2 worker(s): test time"), 45),
        new("suite: 2 workers' wall / 1 worker's wall", Ratio("suite, 2 worker(s): wall", "suite, 1 worker(s): wall"), 0.65, Floor: ScalingFloor()),
        new("engineer loop, warm host: command to verdict (s)", Median("engineer loop, warm host: command to verdict"), 4),
    ];

    /// <summary>
    /// The best 2-worker/1-worker wall ratio on this machine: one worker already keeps this share of the cores busy, and
    /// two can at most keep all of them busy.
    /// </summary>
    public double? ScalingFloor() => Median("suite, 1 worker(s): busy cores") is { } busy ? Math.Min(1, busy / cores) : null;

    public void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"{"measure",-48} {"median",10} {"min",10} {"max",10} {"n",4}");
        foreach (var s in Samples)
            output.WriteLine($"{s.Name + $" ({s.Unit})",-48} {s.Median,10:0.0} {s.Min,10:0.0} {s.Max,10:0.0} {s.Values.Count,4}");
        output.WriteLine();
        foreach (var t in Targets())
            output.WriteLine($"{(t.Met switch { true => "MET    ", false => "NOT MET", null => "UNKNOWN" })} {t.What}: {t.Measured:0.00} (target {(t.AtMost ? "at most" : "at least")} {t.Bound})" +
                             (t.ReachableHere == false ? $"; below this machine's floor of {t.Floor:0.000}" : ""));
        if (ScalingFloor() is { } scaling)
            output.WriteLine($"This machine's floor ({cores} cores): 2 workers take at least {scaling:0.000} of 1 worker's wall " +
                             "(one worker already keeps that share of the cores busy; two can at most keep all of them busy).");
    }

    public void Write(string path, BenchMachine machine)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            machine,
            measures = Samples.Select(s => new { s.Name, s.Unit, s.Median, s.Min, s.Max, s.Values }),
            targets = Targets().Select(t => new { t.What, t.Measured, t.Bound, t.AtMost, t.Met, t.Floor, t.ReachableHere }),
        }, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
    }

    private double? Median(string name) => Samples.FirstOrDefault(s => s.Name == name)?.Median;

    private double? Ratio(string numerator, string denominator) =>
        Median(numerator) is { } top && Median(denominator) is { } bottom && bottom > 0 ? top / bottom : null;
}

/// <summary>What the numbers were measured on: they mean little without it.</summary>
internal sealed record BenchMachine(string Commit, int Cores, double MemoryGiB, string Os, DateTimeOffset At, int Rounds, int Iterations)
{
    public static BenchMachine Here(int rounds, int iterations) => new(Repository.Commit(), Environment.ProcessorCount,
        Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0, 1),
        System.Runtime.InteropServices.RuntimeInformation.OSDescription, DateTimeOffset.Now, rounds, iterations);
}
