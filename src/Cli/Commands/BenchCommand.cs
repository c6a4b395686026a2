using System.CommandLine;
using Cdp.TicketE2E.Cli.Execution;
using Cdp.TicketE2E.Cli.Execution.Bench;

namespace Cdp.TicketE2E.Cli.Commands;

/// <summary>./e2e bench — the harness against raw Playwright and raw Selenium, the suite on 1 and 2 workers, the engineer's loop.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var reports = new ReportSettings();
        var rounds = new Option<int>("--rounds") { Description = "Rounds; every measure is taken once per round (1 to 20).", DefaultValueFactory = _ => 3 };
        var iterations = new Option<int>("--iterations") { Description = "Raw baseline scenarios per round, after one warm-up (1 to 50).", DefaultValueFactory = _ => 5 };
        var command = new Command("bench",
            "Measure the harness against plain Playwright and plain Selenium doing the same flows, the full suite on 1 and 2 workers, the " +
            "single-scenario loop and peak memory. Prints a table, writes <reports>/bench.json; exit 0 only when every target is met.")
        { rounds, iterations, reports.Reports };
        command.SetAction(async (parse, cancellation) =>
        {
            var options = new BenchOptions(parse.GetValue(rounds), parse.GetValue(iterations), reports.ToOptions(parse));
            if (options.Problem() is { } problem)
            {
                Console.WriteLine(problem);
                return 2;
            }
            try
            {
                var record = await new Benchmark(Console.Out, options).RunAsync(cancellation);
                record.Print(Console.Out);
                var path = Path.Combine(options.ReportsDirectory, "bench.json");
                record.Write(path, BenchMachine.Here(options.Rounds, options.Iterations));
                Console.WriteLine($"Written: {path}");
                return record.Targets().All(t => t.Met == true) ? 0 : 1;
            }
            catch (BenchException e)
            {
                Console.WriteLine($"./e2e bench stopped: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
