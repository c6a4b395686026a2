using System.CommandLine;
using Cdp.TicketE2E.Cli.Execution;
using Cdp.TicketE2E.Cli.Output;

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
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only the failures and the Lane-A verdict (the test host's output is still in <reports>/run.log)." };
        var cold = new Option<bool>("--cold") { Description = "Run in a new test host even when a warm one (./e2e serve) serves this checkout." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print the test host's own output as it runs (per-test lines, steps, errors) instead of the progress view." };
        var command = new Command("run", "Run the end-to-end suite (default: all of it, against the reference target) and write reports/. " +
                                         "Shows progress (a live line on a terminal, one line per scenario otherwise), then a summary table and the verdict.")
        {
            gate, list, shard, lastFailed, quiet, verbose, cold,
        };
        foreach (var option in settings.All) command.Add(option);
        command.SetAction((parse, cancellation) =>
        {
            if (parse.GetValue(quiet) && parse.GetValue(verbose))
            {
                Console.WriteLine("--quiet and --verbose contradict each other: --quiet prints only the failures and the verdict, --verbose everything. Pick one.");
                return Task.FromResult(2);
            }
            var output = parse.GetValue(quiet) ? RunOutput.Quiet : parse.GetValue(verbose) ? RunOutput.Verbose : RunOutput.Progress;
            return new SuiteRunner(Console.Out, ConsoleStyle.OfThisProcess()).RunAsync(
                settings.ToOptions(parse) with
                {
                    ExitWithGate = parse.GetValue(gate), ListOnly = parse.GetValue(list), Output = output,
                    Shard = parse.GetValue(shard), LastFailed = parse.GetValue(lastFailed), Cold = parse.GetValue(cold),
                }, cancellation);
        });
        return command;
    }
}
