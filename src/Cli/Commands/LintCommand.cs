using System.CommandLine;
using Cdp.TicketE2E.Cli.Execution;
using Cdp.TicketE2E.Specs.Traceability;

namespace Cdp.TicketE2E.Cli.Commands;

/// <summary>./e2e lint — the traceability lint: catalog ⇄ scenarios ⇄ bindings, without running a scenario.</summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var features = new Option<string?>("--features") { Description = "The features folder (default: features/ of this checkout)." };
        var command = new Command("lint", "Check that every requirement maps to scenarios on its platforms, every scenario to known requirements, and every step to one binding.")
        {
            features,
        };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(features) ?? Path.Combine(Repository.Root, "features");
            var report = TraceabilityLint.CheckFolder(root, SuiteBindings.Load(Repository.SuiteAssembly("Release")));
            Console.Out.WriteLine(report.ToString());
            return report.IsClean ? 0 : 1;
        });
        return command;
    }
}
