using Cdp.TicketE2E.Cli.Output;
using Cdp.TicketE2E.Reporting.Commands;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>
/// What ./e2e run was asked to do. <paramref name="Output"/>: what it shows while and after the suite runs (run.log keeps
/// everything); <paramref name="Grid"/> is --grid, the Selenium Grid the sessions come from.
/// </summary>
internal sealed record SuiteRunOptions(
    ScenarioSelection Selection,
    int Workers,
    int? Retries,
    ReportOptions Report,
    IReadOnlyList<string> SeededDefects,
    bool Headed,
    string? Target,
    bool ExitWithGate,
    bool ListOnly = false,
    RunOutput Output = RunOutput.Progress,
    string? Profile = null,
    // --shard i/n as typed (SuiteRunner checks it first) and --last-failed: both narrow the selection to a planned list (Planning/).
    string? Shard = null,
    bool LastFailed = false,
    string? Grid = null,
    // --cold: a new test host even when a warm one (./e2e serve) serves this checkout.
    bool Cold = false)
{
    /// <summary>Where the stream, evidence and reports go.</summary>
    public string ReportsDirectory => Report.ReportsDir;
}
