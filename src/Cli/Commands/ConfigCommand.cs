using System.CommandLine;
using Cdp.TicketE2E.Cli.Execution;

namespace Cdp.TicketE2E.Cli.Commands;

/// <summary>./e2e config — the effective configuration, where each value came from, secrets masked.</summary>
internal static class ConfigCommand
{
    public static Command Create()
    {
        var settings = new RunOptionsSettings();
        var command = new Command("config", "Print the configuration ./e2e run would use with the same options (e.g. --profile nightly): every value, " +
                                            "where it came from (built-in, appsettings.json, the profile's file, an E2E__ variable, an option), secrets masked. " +
                                            "Exit 2 when it is invalid, with the reason.");
        foreach (var option in settings.All) command.Add(option);
        command.SetAction(parse =>
        {
            var suite = Repository.SuiteAssembly("Release");
            if (File.Exists(suite)) return ConfigReport.Write(settings.ToOptions(parse), Path.GetDirectoryName(suite)!, Console.Out);
            Console.WriteLine($"The suite is not built ({suite} is missing), and its configuration files are read from beside it. Run ./e2e config, which builds first.");
            return 2;
        });
        return command;
    }
}
