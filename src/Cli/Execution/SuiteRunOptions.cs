using Cdp.TicketE2E.Cli.Output;
using Cdp.TicketE2E.Reporting.Commands;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>What ./e2e run was asked to do. <paramref name="Output"/>: what it shows while and after the suite runs (run.log keeps everything).</summary>
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
    string? Profile = null)
{
    /// <summary>Where the stream, evidence and reports go.</summary>
    public string ReportsDirectory => Report.ReportsDir;
}
