using System.CommandLine;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>The options that say what to run and how, shared by run and soak, and how they become <see cref="SuiteRunOptions"/>.</summary>
internal sealed class RunOptionsSettings
{
    private readonly Option<string[]> tags = new("--tag", "-t") { Description = "Run scenarios with this tag (repeatable: any of them), e.g. web, mobile, req:TCKT-S01.", AllowMultipleArgumentsPerToken = false };
    private readonly Option<string[]> requirements = new("--req", "-r") { Description = "Run exactly the scenarios mapped to this requirement id (repeatable), e.g. TCKT-S01." };
    private readonly Option<string?> name = new("--name", "-n") { Description = "Run scenarios whose name contains this text (case-insensitive; spaces are fine)." };
    private readonly Option<string?> where = new("--where") { Description = "Raw NUnit selection expression, ANDed with the options above." };
    private readonly Option<int> workers = new("--workers", "-w") { Description = "Parallel scenarios (one browser each).", DefaultValueFactory = _ => Environment.ProcessorCount };
    private readonly Option<int?> retries = new("--retries") { Description = "Extra attempts for a failing scenario; a later pass is reported FLAKY (default from appsettings: 0)." };
    private readonly Option<string[]> defects = new("--seed-defect") { Description = "Seed a defect into the in-repo target's apps to prove the suite catches it (repeatable), e.g. NoListRefresh." };
    private readonly Option<bool> headed = new("--headed") { Description = "Show the browser window (needs a display)." };
    private readonly Option<string?> grid = new("--grid") { Description = "Take browsers and Appium sessions from this Selenium Grid 4 (hub or router URL, e.g. http://127.0.0.1:4444) instead of starting them here; same as E2E:Grid:Url (docs/selenium-grid.md)." };
    private readonly Option<string?> profile = new("--profile") { Description = "Configuration profile: src/Steps/appsettings.NAME.json over the defaults, " +
        "under E2E__* variables and these options, e.g. nightly, staging (default: $E2E_PROFILE). ./e2e config shows the result." };

    public RunOptionsSettings()
    {
        Reports.Target.Description = "The system under test: reference (default, the in-repo apps), vue (the Vue 3 CDP page), deployed " +
                                     "(E2E:Deployed:CustomerPageUrl, with the standing fakes or real backends). The gate is bound to it.";
        Reports.Target.AcceptOnlyFromAmong("reference", "vue", "deployed");
    }

    /// <summary>The reporting options (reports folder, history, flaky policy, target).</summary>
    public ReportSettings Reports { get; } = new();

    public IEnumerable<Option> All => [tags, requirements, name, where, workers, retries, defects, headed, grid, profile, Reports.Target, .. Reports.All];

    public SuiteRunOptions ToOptions(ParseResult parse) => new(
        new ScenarioSelection(parse.GetValue(tags) ?? [], parse.GetValue(requirements) ?? [], parse.GetValue(name), parse.GetValue(where)),
        Workers: parse.GetValue(workers),
        Retries: parse.GetValue(retries),
        Report: Reports.ToOptions(parse) with
        {
            FlakyPolicy = ConfiguredGatePolicy.Flaky(parse.GetResult(Reports.Flaky) is { Implicit: false } ? parse.GetValue(Reports.Flaky) : null,
                Path.GetDirectoryName(Repository.SuiteAssembly("Release"))!, parse.GetValue(profile)),
        },
        SeededDefects: parse.GetValue(defects) ?? [],
        Headed: parse.GetValue(headed),
        Target: parse.GetValue(Reports.Target),
        ExitWithGate: false,
        Grid: parse.GetValue(grid),
        Profile: parse.GetValue(profile));
}
