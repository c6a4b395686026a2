namespace Cdp.TicketE2E.Cli.Execution.Bench;

/// <summary>
/// Busy CPU of the whole machine over a span, in core-seconds, from /proc/stat's first line: user, nice, system, irq and
/// softirq jiffies (a jiffy is 1/100 s on Linux). Not idle or iowait; not steal, the time the hypervisor gave another
/// machine; not guest, already counted in user. Machine-wide on purpose: the renderers a run starts and ends are gone before any
/// per-process reading sees them, and the bench assumes nothing else runs.
/// </summary>
internal sealed class MachineCpu
{
    private readonly double start = BusyCoreSeconds();

    /// <summary>Busy core-seconds since this was created.</summary>
    public double Busy => BusyCoreSeconds() - start;

    /// <summary>The busy core-seconds a /proc/stat "cpu" line counts since boot.</summary>
    public static double Parse(string cpuLine)
    {
        var jiffies = cpuLine.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
        return (jiffies[0] + jiffies[1] + jiffies[2] + jiffies[5] + jiffies[6]) / 100.0;
    }

    private static double BusyCoreSeconds() => Parse(File.ReadLines("/proc/stat").First());
}
