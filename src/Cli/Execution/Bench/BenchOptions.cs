using Cdp.TicketE2E.Reporting.Commands;

namespace Cdp.TicketE2E.Cli.Execution.Bench;

/// <summary>How many rounds and baseline iterations, where the runs' reports go, and how a measured suite run is set up.</summary>
internal sealed record BenchOptions(int Rounds, int Iterations, ReportOptions Report)
{
    public string ReportsDirectory => Report.ReportsDir;

    /// <summary>The full suite on the default target with this many workers, into its own folder (the history stays there too).</summary>
    // Always a new test host: the suite is measured as CI runs it, whatever warm host an engineer keeps.
    public SuiteRunOptions SuiteRun(string folder, int workers) => new(
        new ScenarioSelection([], [], null, null), workers, Retries: 0, Report with { ReportsDir = folder, HistoryDir = null },
        SeededDefects: [], Headed: false, Target: null, ExitWithGate: false, Cold: true);

    /// <summary>Why the options cannot work, or null.</summary>
    public string? Problem() =>
        Rounds is < 1 or > 20 ? $"--rounds is {Rounds}; allowed 1 to 20."
        : Iterations is < 1 or > 50 ? $"--iterations is {Iterations}; allowed 1 to 50."
        : null;
}
