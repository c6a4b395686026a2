using System.Globalization;
using System.Text.RegularExpressions;

namespace Cdp.TicketE2E.Cli.Progress;

/// <summary>
/// Reads progress from the test host's console output, line by line as it arrives. Reqnroll's message formatter cannot
/// be tailed for this: it writes cucumber.ndjson through a 64 KiB file buffer flushed when the run ends. The test host's
/// result lines (Microsoft.Testing.Platform's detailed output), by contrast, arrive as each test case finishes, and a test case is a whole scenario with its retries, so an
/// attempt that is retried never shows up here as a failure.
/// </summary>
internal static partial class HostOutputParser
{
    /// <summary>The event a line carries, or null for every other line (steps, logs, error details).</summary>
    public static HostEvent? Parse(string line)
    {
        if (Result().Match(line) is { Success: true } result)
            return new ScenarioEnded(result.Groups["key"].Value, result.Groups["name"].Value, Enum.Parse<HostResult>(result.Groups["result"].Value, ignoreCase: true),
                result.Groups["duration"].Success ? Duration(result.Groups["duration"].Value) : null);
        if (Flaky().Match(line) is { Success: true } flaky) return new FlakyPassNoted(flaky.Groups["key"].Value);
        if (Selected().Match(line) is { Success: true } selected) return new CasesSelected(int.Parse(selected.Groups["count"].Value, CultureInfo.InvariantCulture));
        return null;
    }

    // The host prints "(11s 042ms)", "(231ms)", "(1m 03s 120ms)".
    private static TimeSpan Duration(string text) => Units().Matches(text).Aggregate(TimeSpan.Zero, (sum, m) =>
    {
        var value = double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture);
        return sum + m.Groups["unit"].Value switch
        {
            "h" => TimeSpan.FromHours(value),
            "m" => TimeSpan.FromMinutes(value),
            "s" => TimeSpan.FromSeconds(value),
            _ => TimeSpan.FromMilliseconds(value),
        };
    });

    // "passed Feature: Scenario [web/x.feature:12] (11s 042ms)": the scenario key is the last bracket of the test name.
    [GeneratedRegex(@"^(?<result>passed|failed|skipped) (?<name>.*\[(?<key>[^\[\]\s]+:\d+)\])(?: \((?<duration>[^)]*)\))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Result();

    // Written by src/Steps/Suite/Features.cs for a pass after a retry.
    [GeneratedRegex(@"^Scenario "".*"" \[(?<key>[^\[\]\s]+:\d+)\] PASSED \(flaky\)", RegexOptions.CultureInvariant)]
    private static partial Regex Flaky();

    [GeneratedRegex(@"NUnit3TestExecutor discovered (?<count>\d+) of \d+ NUnit test cases", RegexOptions.CultureInvariant)]
    private static partial Regex Selected();

    [GeneratedRegex(@"(?<value>\d+(?:\.\d+)?) ?(?<unit>ms|h|m|s)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Units();
}
