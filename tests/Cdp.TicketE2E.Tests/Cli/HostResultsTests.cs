using Cdp.TicketE2E.Cli.Execution;
using Cdp.TicketE2E.Reporting.Gate;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Cli;

/// <summary>The test host's own counts, read from the summary it prints (captured from a real run), for the gate's cross-check.</summary>
public sealed class HostResultsTests
{
    private static readonly string[] Summary =
    [
        "Test run summary: Failed! - /work/src/Steps/bin/Release/net10.0/Cdp.TicketE2E.Steps.dll (net10.0|x64)",
        "  total: 4", "  failed: 1", "  succeeded: 2", "  skipped: 1", "  duration: 6s 663ms",
    ];

    [Test]
    public void The_summary_gives_the_passed_and_failed_counts()
    {
        var results = Read([HostLines.PassedWeb, HostLines.FailedWeb, "  failed: 9", .. Summary]);
        results.Counts.Should().Be(new HostCounts(2, 1), "only the counters after the summary line count, not a step's output that looks like one");
    }

    [Test]
    public void Without_a_summary_there_are_no_counts_and_the_gate_skips_its_cross_check()
    {
        Read([HostLines.Selected, HostLines.PassedWeb]).Counts.Should().BeNull();
        Read(Summary[..2]).Counts.Should().BeNull("a summary cut off before its counters (the host was killed) is no account");
    }

    private static HostResults Read(IEnumerable<string> lines)
    {
        var results = new HostResults();
        foreach (var line in lines) results.Line(line);
        return results;
    }
}
