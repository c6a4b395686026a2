using Cdp.TicketE2E.Reporting.Commands;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>
/// What ./e2e run was asked to do. <paramref name="Quiet"/> sends the test host's output to the runner's writer too (selfcheck's
/// logs); <paramref name="Grid"/> is --grid, the Selenium Grid the sessions come from.
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
    bool Quiet = false,
    // --shard i/n as typed (SuiteRunner checks it first) and --last-failed: both narrow the selection to a planned list (Planning/).
    string? Shard = null,
    bool LastFailed = false,
    string? Grid = null)
{
    /// <summary>Where the stream, evidence and reports go.</summary>
    public string ReportsDirectory => Report.ReportsDir;
}
