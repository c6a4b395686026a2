using System.CommandLine;
using Cdp.TicketE2E.Reporting.Commands;
using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Specs.Catalog;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>The reporting options shared by run, report and gate, and how they become the reporting library's options.</summary>
internal sealed class ReportSettings
{
    public Option<string?> Reports { get; } = new("--reports") { Description = "Folder of cucumber.ndjson, evidence and reports (default: reports/)." };
    public Option<string?> History { get; } = new("--history") { Description = "Run-history folder, e.g. one CI keeps between jobs (default: <reports>/history)." };
    public Option<FlakyPolicy> Flaky { get; } = new("--flaky") { Description = "How a scenario that failed then passed counts for the gate.", DefaultValueFactory = _ => FlakyPolicy.CountsAsFailing };

    public Option<string?> Target { get; } = new("--target") { Description = "Judge only a run of this target (reference, vue, deployed); a run of another one fails the gate." };

    public IEnumerable<Option> All => [Reports, History, Flaky];

    public string ReportsDirectory(ParseResult parse) => Path.GetFullPath(parse.GetValue(Reports) ?? Path.Combine(Repository.Root, "reports"));

    public ReportOptions ToOptions(ParseResult parse) => new()
    {
        ReportsDir = ReportsDirectory(parse),
        CatalogPath = Path.Combine(Repository.Root, "features", "requirements.yaml"),
        LoadCatalog = CatalogLoader.Load,
        FlakyPolicy = parse.GetValue(Flaky),
        ExpectedCommit = Repository.Commit(),
        HistoryDir = parse.GetValue(History) is { } history ? Path.GetFullPath(history) : null,
        ExpectedTarget = parse.GetValue(Target)?.ToLowerInvariant(),
    };
}
