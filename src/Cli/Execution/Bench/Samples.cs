namespace Cdp.TicketE2E.Cli.Execution.Bench;

/// <summary>Repeated measurements of one quantity, summarised as the bench table prints them.</summary>
internal sealed record Samples(string Name, string Unit, IReadOnlyList<double> Values)
{
    public double? Median => Values.Count == 0 ? null : Middle(Values.Order().ToList());

    public double? Min => Values.Count == 0 ? null : Values.Min();

    public double? Max => Values.Count == 0 ? null : Values.Max();

    private static double Middle(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

/// <summary>A target the issue sets: the measured median over or under a bound.</summary>
internal sealed record BenchTarget(string What, double? Measured, double Bound, bool AtMost = true, double? Floor = null)
{
    public bool? Met => Measured is { } value ? (AtMost ? value <= Bound : value >= Bound) : null;

    /// <summary>False when the bound is past the best this machine can do (<see cref="Floor"/>); null when that is unknown.</summary>
    public bool? ReachableHere => Floor is { } floor ? (AtMost ? Bound >= floor : Bound <= floor) : null;
}
