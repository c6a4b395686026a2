using System.Text.RegularExpressions;
using Cdp.TicketE2E.Reporting.Gate;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>
/// The test host's own account of a run, for the gate to cross-check the stream: the counts of the summary it prints at
/// the end (<c>Test run summary: ...</c>, then <c>failed: N</c>, <c>succeeded: N</c>). Read from its output rather than
/// from a TRX file: asking the test platform for a TRX makes it start the tests in a second process.
/// </summary>
internal sealed partial class HostResults
{
    private bool inSummary;
    private int? passed;
    private int? failed;

    /// <summary>Reads one line of the host's output.</summary>
    public void Line(string line)
    {
        if (line.StartsWith("Test run summary:", StringComparison.Ordinal))
        {
            (inSummary, passed, failed) = (true, null, null);
            return;
        }
        if (!inSummary || Counter().Match(line) is not { Success: true } counter) return;
        var count = int.Parse(counter.Groups["count"].Value);
        if (counter.Groups["name"].Value == "succeeded") passed = count;
        else if (counter.Groups["name"].Value == "failed") failed = count;
    }

    /// <summary>The passed and failed counts; null when the host printed no summary (it crashed or was stopped).</summary>
    public HostCounts? Counts => passed is { } p && failed is { } f ? new HostCounts(p, f) : null;

    [GeneratedRegex(@"^\s+(?<name>total|failed|succeeded|skipped): (?<count>\d+)$")]
    private static partial Regex Counter();
}
