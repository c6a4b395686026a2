using System.Net.Sockets;
using Cdp.TicketE2E.Cli.Output;
using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Runner.Warm;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>
/// ./e2e run's side of the warm host (./e2e serve): when one serves this checkout, the run goes there instead of to a new
/// test host, with the same arguments and this command's E2E settings, and its output comes back line by line.
/// </summary>
internal static class WarmHostClient
{
    /// <summary>The variable that moves the socket elsewhere (another folder, or a separate warm host for tests).</summary>
    public const string SocketVariable = "E2E_WARM_HOST";

    /// <summary>Where this checkout's warm host listens: $E2E_WARM_HOST, else .e2e/warm-host.sock at the repository root.</summary>
    public static string SocketPath => Environment.GetEnvironmentVariable(SocketVariable) is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : WarmHostProtocol.SocketPath(Repository.Root);

    /// <summary>The run's exit code from the warm host; null when none serves here or it refused (said why): run it yourself.</summary>
    public static async Task<int?> TryRunAsync(IReadOnlyList<string> hostArguments, IReadOnlyDictionary<string, string> runVariables, RunConsole console,
        Action<string> hostLine, CancellationToken cancellation)
    {
        using var socket = await WarmHostProtocol.ConnectAsync(SocketPath, cancellation);
        if (socket is null) return null;
        await using var stream = new NetworkStream(socket);
        using var reader = new StreamReader(stream);
        await using var writer = new StreamWriter(stream);
        await WarmHostProtocol.SendAsync(writer, new WarmRequest(hostArguments[0], hostArguments.Skip(1).ToList(), HarnessEnvironment(runVariables)), cancellation);
        var started = false;
        while (await WarmHostProtocol.ReadAsync<WarmReply>(reader, cancellation) is { } reply)
        {
            if (reply.Refused is { } why)
            {
                console.Say($"The warm host did not take this run: {why} Running it in a new test host.");
                return null;
            }
            if (!started) console.Say("Running in the warm host (./e2e serve); --cold runs in a new test host instead.");
            started = true;
            if (reply.Line is { } line) hostLine(line);
            if (reply.Exit is not { } exit) continue;
            if (reply.Note is { } note) console.Say($"Warm host: {note}.");
            return exit;
        }
        console.Say("The warm host went away before the run finished (stopped or killed): what the run wrote so far is reported below; " +
                    "run again, with --cold to use a new test host.", evenWhenQuiet: true);
        return 1;
    }

    /// <summary>Asks the warm host to stop; false when none serves this checkout.</summary>
    public static async Task<bool> StopAsync(CancellationToken cancellation)
    {
        using var socket = await WarmHostProtocol.ConnectAsync(SocketPath, cancellation);
        if (socket is null) return false;
        await using var stream = new NetworkStream(socket);
        using var reader = new StreamReader(stream);
        await using var writer = new StreamWriter(stream);
        await WarmHostProtocol.SendAsync(writer, new WarmRequest(Stop: true), cancellation);
        return await WarmHostProtocol.ReadAsync<WarmReply>(reader, cancellation) is { Exit: 0 };
    }

    // A new test host inherits this command's whole environment; the warm host takes the settings part of it.
    private static Dictionary<string, string> HarnessEnvironment(IReadOnlyDictionary<string, string> runVariables)
    {
        var variables = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Where(e => SettingsSources.IsSettingsVariable((string)e.Key)).ToDictionary(e => (string)e.Key, e => (string)e.Value!);
        foreach (var (name, value) in runVariables) variables[name] = value;
        return variables;
    }
}
