using Cdp.TicketE2E.Reporting.Gate;
using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Specs.Catalog;

namespace Cdp.TicketE2E.Reporting.Commands;

/// <summary>What the gate reads: the results stream and the catalog. Everything else has a default.</summary>
public record GateOptions
{
    /// <summary>The reports folder (default <c>reports</c>); the stream and outputs live here.</summary>
    public string ReportsDir { get; init; } = "reports";

    /// <summary>The requirements catalog file (e.g. <c>features/requirements.yaml</c>).</summary>
    public required string CatalogPath { get; init; }

    /// <summary>Loads the catalog from <see cref="CatalogPath"/>; any exception it throws becomes exit code 2 with its message.</summary>
    public required Func<string, RequirementsCatalog> LoadCatalog { get; init; }

    /// <summary>The results stream; default <c>{ReportsDir}/cucumber.ndjson</c>.</summary>
    public string? StreamPath { get; init; }

    /// <summary>How flaky scenarios count; default <see cref="FlakyPolicy.CountsAsFailing"/>.</summary>
    public FlakyPolicy FlakyPolicy { get; init; } = FlakyPolicy.CountsAsFailing;

    /// <summary>The checkout's commit (e.g. <c>git rev-parse HEAD</c>); results of another commit are rejected as stale. Null skips the check.</summary>
    public string? ExpectedCommit { get; init; }

    /// <summary>The target the gate is asked about (e.g. <c>vue</c>); results of another target are rejected. Null skips the check.</summary>
    public string? ExpectedTarget { get; init; }

    /// <summary>The test host's counts for the run being reported (./e2e run reads them from its printed summary); null skips the check.</summary>
    public HostCounts? HostCounts { get; init; }

    /// <summary>The stream path actually read.</summary>
    public string ResolvedStreamPath => StreamPath ?? Path.Combine(ReportsDir, ReportFiles.Stream);
}

/// <summary>What <c>./e2e report</c> needs: the gate's inputs plus the history folder.</summary>
public sealed record ReportOptions : GateOptions
{
    /// <summary>The run history folder; default <c>{ReportsDir}/history</c>. Point it at a folder CI keeps between jobs.</summary>
    public string? HistoryDir { get; init; }

    /// <summary>How many recent runs the trend shows (default 20).</summary>
    public int TrendRuns { get; init; } = 20;

    /// <summary>
    /// Why this run must not enter the history (e.g. it is one shard of a run, whose merge is recorded instead); null records it.
    /// </summary>
    public string? HistorySkipReason { get; init; }

    /// <summary>The history folder actually used.</summary>
    public string ResolvedHistoryDir => HistoryDir ?? Path.Combine(ReportsDir, "history");
}

/// <summary>What <c>./e2e report --merge DIR...</c> needs: the inputs, and the report to write from the merged stream.</summary>
public sealed record MergeOptions
{
    /// <summary>Folders (every <c>*.ndjson</c> below them) or stream files, one per shard or job.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>The report to produce; the merged stream is written to its <see cref="GateOptions.ResolvedStreamPath"/>.</summary>
    public required ReportOptions Report { get; init; }
}
