using Cdp.TicketE2E.Reporting.Commands;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>What ./e2e run was asked to do. <paramref name="Quiet"/> sends the test host's output to the runner's writer too (selfcheck's logs).</summary>
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
    string? Profile = null)
{
    /// <summary>Where the stream, evidence and reports go.</summary>
    public string ReportsDirectory => Report.ReportsDir;
}
