namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>What ./e2e run was asked to do.</summary>
internal sealed record SuiteRunOptions(
    ScenarioSelection Selection,
    int Workers,
    int? Retries,
    string ReportsDirectory,
    IReadOnlyList<string> SeededDefects,
    bool Headed);
