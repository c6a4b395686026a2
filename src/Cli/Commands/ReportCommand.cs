using System.CommandLine;
using Cdp.TicketE2E.Cli.Execution;
using Cdp.TicketE2E.Reporting.Commands;

namespace Cdp.TicketE2E.Cli.Commands;

/// <summary>./e2e report — coverage.html/json/md and junit.xml from a run's stream, or from several merged.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var settings = new ReportSettings();
        var merge = new Option<string[]>("--merge") { Description = "Merge these runs (folders or .ndjson files: shards, web and mobile jobs of one commit) into one report.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("report", "Write the coverage report and the JUnit XML from reports/cucumber.ndjson (or merge several runs), and print the Lane-A verdict.") { merge };
        foreach (var option in settings.All) command.Add(option);
        command.SetAction(parse =>
        {
            var options = settings.ToOptions(parse);
            return parse.GetValue(merge) is { Length: > 0 } inputs
                ? ReportingCommands.Merge(new MergeOptions { Inputs = inputs.Select(Path.GetFullPath).ToList(), Report = options }, Console.Out)
                : ReportingCommands.Report(options, Console.Out);
        });
        return command;
    }
}
