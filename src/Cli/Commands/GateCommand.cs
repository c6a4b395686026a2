using System.CommandLine;
using Cdp.TicketE2E.Cli.Execution;
using Cdp.TicketE2E.Reporting.Commands;

namespace Cdp.TicketE2E.Cli.Commands;

/// <summary>./e2e gate — exit 0 only when every requirement is OK on every platform, in one finished run of this commit.</summary>
internal static class GateCommand
{
    public static Command Create()
    {
        var settings = new ReportSettings();
        var command = new Command("gate", "Judge the last run for the Lane-A gate: exit 0 when every requirement is OK on each of its platforms, else 1 with every reason (2: unreadable input).");
        command.Add(settings.Reports);
        command.Add(settings.Flaky);
        command.Add(settings.Target);
        command.SetAction(parse => ReportingCommands.Gate(settings.ToOptions(parse), Console.Out));
        return command;
    }
}
