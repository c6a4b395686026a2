namespace Cdp.TicketE2E.RawBaseline;

/// <summary>
/// Busy CPU of the whole machine so far, in core-seconds, from the first line of /proc/stat: user, nice, system, irq
/// and softirq jiffies (a jiffy is 1/100 s on Linux; steal is another machine's time, guest is already in user).
/// Machine-wide on purpose: the renderer processes a flow starts and ends are gone before any per-process reading sees
/// them. The harness reads it the same way (Cli/Execution/Bench/MachineCpu); this
/// copy is here because the baseline contains no harness code.
/// </summary>
internal static class MachineBusy
{
    public static double CoreSeconds()
    {
        var jiffies = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
        return (jiffies[0] + jiffies[1] + jiffies[2] + jiffies[5] + jiffies[6]) / 100.0;
    }
}
