using System.CommandLine;
using Cdp.TicketE2E.Cli.Execution;

namespace Cdp.TicketE2E.Cli.Commands;

/// <summary>
/// ./e2e serve — the suite's test host kept running for the engineer's loop: while it serves, ./e2e run in this checkout
/// runs there, and the fakes, apps, browsers and Appium of one run are still up for the next (docs/warm-host.md).
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var idle = new Option<int>("--idle-minutes") { Description = "Stop after this many minutes without a run (1 to 1440).", DefaultValueFactory = _ => 30 };
        var stop = new Option<bool>("--stop") { Description = "Stop the warm host serving this checkout (after the run in progress, if any)." };
        var command = new Command("serve", "Keep a warm test host for this checkout until stopped: ./e2e run uses it (--cold does not), keeping fakes, " +
                                           "apps and browsers between runs. Stops on Ctrl+C, --stop, a rebuild of the suite, or when idle.") { idle, stop };
        command.SetAction(async (parse, cancellation) =>
        {
            if (parse.GetValue(stop)) return await StopAsync(cancellation);
            var minutes = parse.GetValue(idle);
            if (minutes is < 1 or > 1440)
            {
                Console.WriteLine($"--idle-minutes is {minutes}; allowed 1 to 1440.");
                return 2;
            }
            if (System.Text.Encoding.UTF8.GetByteCount(WarmHostClient.SocketPath) > MaxSocketPath)
            {
                Console.WriteLine($"The warm host's socket path {WarmHostClient.SocketPath} is longer than a Unix socket allows ({MaxSocketPath} bytes): " +
                                  $"point {WarmHostClient.SocketVariable} at a shorter path, e.g. /tmp/e2e-warm.sock.");
                return 2;
            }
            var assembly = Repository.SuiteAssembly("Release");
            if (!File.Exists(assembly))
            {
                Console.WriteLine($"The suite is not built ({assembly} is missing). Start it through ./e2e, which builds first.");
                return 2;
            }
            // Ctrl+C reaches the warm host too (same terminal) and it stops in order; when only this command was signalled,
            // it asks the host to stop. Either way this command waits for the host to finish.
            cancellation.Register(() => _ = WarmHostClient.StopAsync(CancellationToken.None));
            return await Processes.RunAsync("dotnet", [assembly, "--warm-host", WarmHostClient.SocketPath, "--idle-minutes", minutes.ToString()],
                new Dictionary<string, string>(), CancellationToken.None);
        });
        return command;
    }

    // sockaddr_un's sun_path holds 108 bytes, the last for the terminating zero.
    private const int MaxSocketPath = 107;

    private static async Task<int> StopAsync(CancellationToken cancellation)
    {
        if (await WarmHostClient.StopAsync(cancellation))
        {
            Console.WriteLine("The warm host is stopping (after the run in progress, if any).");
            return 0;
        }
        Console.WriteLine($"No warm host serves this checkout (nothing listens on {WarmHostClient.SocketPath}); start one with ./e2e serve.");
        return 2;
    }
}
