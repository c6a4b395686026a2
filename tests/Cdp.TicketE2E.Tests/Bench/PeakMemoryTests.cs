using System.Diagnostics;
using Cdp.TicketE2E.Cli.Execution.Bench;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Bench;

/// <summary>The bench's peak memory reads the RSS of this process's descendants, so a child's memory must show up.</summary>
[Platform(Include = "Linux")]
public sealed class PeakMemoryTests
{
    [Test]
    public async Task A_child_holding_memory_raises_the_peak_to_at_least_what_it_holds()
    {
        await using var memory = new PeakMemory();
        // The child fills 160 MiB (touched, so resident) and holds it until its input closes.
        var start = new ProcessStartInfo("python3", ["-c", "import sys; x = bytearray(160 << 20); print('held', flush=True); sys.stdin.read()"])
        { RedirectStandardInput = true, RedirectStandardOutput = true };
        using var child = Process.Start(start)!;
        (await child.StandardOutput.ReadLineAsync()).Should().Be("held");

        var seen = await WaitAsync(() => memory.PeakMiB >= 160, TimeSpan.FromSeconds(10));
        child.StandardInput.Close();
        await child.WaitForExitAsync();

        seen.Should().BeTrue($"the peak was {memory.PeakMiB:0} MiB while a child held 160 MiB");
    }

    private static async Task<bool> WaitAsync(Func<bool> condition, TimeSpan timeout)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
            if (DateTime.UtcNow > deadline || !await timer.WaitForNextTickAsync()) return false;
        return true;
    }
}
