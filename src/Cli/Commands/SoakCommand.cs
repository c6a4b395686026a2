using System.CommandLine;
using Cdp.TicketE2E.Cli.Execution;

namespace Cdp.TicketE2E.Cli.Commands;

/// <summary>./e2e soak — the same selection run N times; every scenario whose outcome differed is listed with its evidence.</summary>
internal static class SoakCommand
{
    public static Command Create()
    {
        var settings = new RunOptionsSettings();
        var runs = new Option<int>("--runs") { Description = "How many runs (2 to 100).", DefaultValueFactory = _ => 10 };
        var command = new Command("soak", "Run the suite (or a selection) N times and list every scenario whose outcome was not the same in every run. Exit 0 only when none differed.") { runs };
        foreach (var option in settings.All) command.Add(option);
        command.SetAction((parse, cancellation) =>
        {
            if (parse.GetValue(runs) is < 2 or > 100)
            {
                Console.WriteLine($"--runs is {parse.GetValue(runs)}; allowed 2 to 100.");
                return Task.FromResult(2);
            }
            var options = settings.ToOptions(parse);
            var folder = parse.GetValue(settings.Reports.Reports) is null ? Path.Combine(options.ReportsDirectory, "soak") : options.ReportsDirectory;
            return new Soak(Console.Out).RunAsync(options with { Report = options.Report with { ReportsDir = Path.GetFullPath(folder) } }, parse.GetValue(runs), cancellation);
        });
        return command;
    }
}
