using System.CommandLine;
using Cdp.TicketE2E.Cli.Execution;

namespace Cdp.TicketE2E.Cli.Commands;

/// <summary>./e2e run — the main job: the suite against the configured target, then the reports.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var settings = new RunOptionsSettings();
        var gate = new Option<bool>("--gate") { Description = "Exit with the Lane-A gate's code (0 only when every requirement is OK on every platform) instead of the tests' code." };
        var list = new Option<bool>("--list") { Description = "List the scenarios the other options select (name [path:line] and tags), without running them." };
        var shard = new Option<string?>("--shard") { Description = "Run slice i of n of the selection, e.g. 2/3: balanced by the scenario durations in the history " +
                                                                "(else by count), the same on every machine; the n slices together are the selection, each scenario once. " +
                                                                "Merge the shards' reports with ./e2e report --merge." };
        var lastFailed = new Option<bool>("--last-failed") { Description = "Rerun exactly the scenarios that failed or were flaky in the previous run of this commit " +
                                                                           "(the reports folder's stream); exit 2 when there is none." };
        var command = new Command("run", "Run the end-to-end suite (default: all of it, against the reference target) and write reports/.") { gate, list, shard, lastFailed };
        foreach (var option in settings.All) command.Add(option);
        command.SetAction((parse, cancellation) => new SuiteRunner(Console.Out).RunAsync(
            settings.ToOptions(parse) with
            {
                ExitWithGate = parse.GetValue(gate), ListOnly = parse.GetValue(list), Shard = parse.GetValue(shard), LastFailed = parse.GetValue(lastFailed),
            }, cancellation));
        return command;
    }
}
