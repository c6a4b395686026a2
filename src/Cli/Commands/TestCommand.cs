using System.CommandLine;
using Cdp.TicketE2E.Cli.Execution;

namespace Cdp.TicketE2E.Cli.Commands;

/// <summary>./e2e test — the harness's own tests (runner, fakes, reference apps, catalog lint, reports, and ./e2e run end to end).</summary>
internal static class TestCommand
{
    public static Command Create()
    {
        var filter = new Option<string?>("--filter") { Description = "A dotnet test filter over the harness's own tests, e.g. FullyQualifiedName~Runner." };
        var command = new Command("test", "Run the harness's own tests.") { filter };
        command.SetAction((parse, cancellation) =>
        {
            List<string> arguments = ["test", Repository.TestsProject, "-c", "Release", "--no-build", "--logger", "console;verbosity=normal"];
            if (parse.GetValue(filter) is { } value) arguments.AddRange(["--filter", value]);
            return Processes.RunAsync("dotnet", arguments, new Dictionary<string, string>(), cancellation);
        });
        return command;
    }
}
