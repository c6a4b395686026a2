using System.Diagnostics;

namespace Cdp.TicketE2E.Cli.Execution.Bench;

/// <summary>
/// The highest resident memory of this process's descendants (test host, browsers, Appium, chromedriver) while a measured
/// job runs: the tree's RSS read from /proc every 200 ms. Linux only; elsewhere it reports nothing.
/// </summary>
internal sealed class PeakMemory : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;
    private long peakBytes;

    public PeakMemory() => sampling = OperatingSystem.IsLinux() ? SampleAsync() : Task.CompletedTask;

    /// <summary>The peak so far in MiB, or null where /proc cannot be read.</summary>
    public double? PeakMiB => OperatingSystem.IsLinux() ? Interlocked.Read(ref peakBytes) / 1048576.0 : null;

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        try
        {
            do
            {
                var now = TreeResidentBytes(Environment.ProcessId);
                if (now > Interlocked.Read(ref peakBytes)) Interlocked.Exchange(ref peakBytes, now);
            } while (await timer.WaitForNextTickAsync(stop.Token));
        }
        catch (OperationCanceledException)
        {
            // The measured job ended: the peak so far is the answer.
        }
    }

    // Descendants only: the bench's own process is the same size in every measured job.
    private static long TreeResidentBytes(int root)
    {
        var parents = new Dictionary<int, int>();
        var resident = new Dictionary<int, long>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1]);
                resident[pid] = long.Parse(fields[21]) * Environment.SystemPageSize;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // The process ended while it was read: it no longer counts.
            }
        }
        long total = 0;
        foreach (var (pid, bytes) in resident)
            for (var p = pid; parents.TryGetValue(p, out var parent); p = parent)
                if (parent == root) { total += bytes; break; }
        return total;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await sampling;
        stop.Dispose();
    }
}
