using System.CommandLine;
using Cdp.TicketE2E.Cli.Execution;
using Cdp.TicketE2E.Configuration;

namespace Cdp.TicketE2E.Cli.Commands;

/// <summary>./e2e selfcheck — the kill matrix: clean apps pass, every seeded defect of every in-repo app is caught.</summary>
internal static class SelfcheckCommand
{
    public static Command Create()
    {
        var target = new Option<string[]>("--target") { Description = "The in-repo targets to check (repeatable): reference, vue. Default: both." };
        target.AcceptOnlyFromAmong("reference", "vue");
        var track = new Option<string[]>("--track") { Description = "The tracks to check (repeatable): web, mobile. Default: both." };
        track.AcceptOnlyFromAmong("web", "mobile");
        var defect = new Option<string[]>("--defect") { Description = "Only these seeded defects (repeatable), e.g. NoResize." };
        var parallel = new Option<int>("--parallel") { Description = "Runs at a time (each with one worker).", DefaultValueFactory = _ => 2 };
        var reports = new Option<string?>("--reports") { Description = "Where the runs' reports, logs and selfcheck.json go (default: reports/selfcheck)." };
        var command = new Command("selfcheck", "Run the clean apps and then each seeded defect against the scenarios of its requirements; print the kill matrix and write selfcheck.json. Exit 0 only when nothing raised a false alarm and every defect was caught.")
        {
            target, track, defect, parallel, reports,
        };
        command.SetAction((parse, cancellation) =>
        {
            if (parse.GetValue(parallel) is < 1 or > 8)
            {
                Console.WriteLine($"--parallel is {parse.GetValue(parallel)}; allowed 1 to 8.");
                return Task.FromResult(2);
            }
            var targets = (parse.GetValue(target) is { Length: > 0 } t ? t : ["reference", "vue"]).Select(n => Enum.Parse<TargetKind>(n, ignoreCase: true)).ToList();
            var options = new SelfcheckOptions(targets, parse.GetValue(track) is { Length: > 0 } tr ? tr : ["web", "mobile"], parse.GetValue(defect) ?? [],
                parse.GetValue(parallel), Path.GetFullPath(parse.GetValue(reports) ?? Path.Combine(Repository.Root, "reports", "selfcheck")));
            return new Selfcheck(Console.Out).RunAsync(options, cancellation);
        });
        return command;
    }
}
