using System.CommandLine;
using Cdp.TicketE2E.Cli.Execution;

namespace Cdp.TicketE2E.Cli.Commands;

/// <summary>./e2e run — the main job: the suite against the configured target, then the reports.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var tags = new Option<string[]>("--tag", "-t") { Description = "Run scenarios with this tag (repeatable: any of them), e.g. web, mobile, req:TCKT-S01.", AllowMultipleArgumentsPerToken = false };
        var requirements = new Option<string[]>("--req", "-r") { Description = "Run exactly the scenarios mapped to this requirement id (repeatable), e.g. TCKT-S01." };
        var name = new Option<string?>("--name", "-n") { Description = "Run scenarios whose name contains this text (case-insensitive; spaces are fine)." };
        var where = new Option<string?>("--where") { Description = "Raw NUnit selection expression, ANDed with the options above." };
        var workers = new Option<int>("--workers", "-w") { Description = "Parallel scenarios (one browser each).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var retries = new Option<int?>("--retries") { Description = "Extra attempts for a failing scenario; a later pass is reported FLAKY (default from appsettings: 0)." };
        var reportSettings = new ReportSettings();
        var gate = new Option<bool>("--gate") { Description = "Exit with the Lane-A gate's code (0 only when every requirement is OK on every platform) instead of the tests' code." };
        var defects = new Option<string[]>("--seed-defect") { Description = "Seed a defect into the reference apps to prove the suite catches it (repeatable), e.g. NoListRefresh." };
        var headed = new Option<bool>("--headed") { Description = "Show the browser window (needs a display)." };
        var list = new Option<bool>("--list") { Description = "List the scenarios the other options select (name [path:line] and tags), without running them." };
        var target = reportSettings.Target;
        target.Description = "The system under test: reference (default, the in-repo apps), vue (the Vue 3 CDP page), deployed (E2E:Deployed:CustomerPageUrl, with the standing fakes or real backends). The gate is bound to it.";
        target.AcceptOnlyFromAmong("reference", "vue", "deployed");
        var command = new Command("run", "Run the end-to-end suite (default: all of it, against the reference target) and write reports/.")
        {
            tags, requirements, name, where, workers, retries, defects, headed, gate, target, list,
        };
        foreach (var option in reportSettings.All) command.Add(option);
        command.SetAction((parse, cancellation) =>
        {
            var selection = new ScenarioSelection(parse.GetValue(tags) ?? [], parse.GetValue(requirements) ?? [], parse.GetValue(name), parse.GetValue(where));
            var options = new SuiteRunOptions(
                selection,
                Workers: parse.GetValue(workers),
                Retries: parse.GetValue(retries),
                Report: reportSettings.ToOptions(parse),
                SeededDefects: parse.GetValue(defects) ?? [],
                Headed: parse.GetValue(headed),
                Target: parse.GetValue(target),
                ExitWithGate: parse.GetValue(gate),
                ListOnly: parse.GetValue(list));
            return new SuiteRunner(Console.Out).RunAsync(options, cancellation);
        });
        return command;
    }
}
