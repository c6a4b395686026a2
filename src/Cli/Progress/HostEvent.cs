namespace Cdp.TicketE2E.Cli.Progress;

/// <summary>Something the test host's output says about the run's progress.</summary>
internal abstract record HostEvent;

/// <summary>The host selected this many test cases: the exact total, --where included (NUnit adapter's "discovered N of M").</summary>
internal sealed record CasesSelected(int Count) : HostEvent;

/// <summary>The test host's result line for a scenario: its final result, after the retries the suite ran inside the test case.</summary>
/// <param name="Key">The scenario's <c>path:line</c>, the last token of its test name.</param>
internal sealed record ScenarioEnded(string Key, string Name, HostResult Result, TimeSpan? Duration) : HostEvent;

/// <summary>The suite's note, written just before the result, that this scenario passed only after a failed attempt.</summary>
internal sealed record FlakyPassNoted(string Key) : HostEvent;

/// <summary>The three results the test host reports (Skipped is the suite's NOT RUN: the target could not arrange the scenario).</summary>
internal enum HostResult { Passed, Failed, Skipped }
