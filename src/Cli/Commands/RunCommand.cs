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
        var command = new Command("run", "Run the end-to-end suite (default: all of it, against the reference target) and write reports/.") { gate, list };
        foreach (var option in settings.All) command.Add(option);
        command.SetAction((parse, cancellation) => new SuiteRunner(Console.Out).RunAsync(
            settings.ToOptions(parse) with { ExitWithGate = parse.GetValue(gate), ListOnly = parse.GetValue(list) }, cancellation));
        return command;
    }
}
