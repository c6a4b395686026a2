namespace Cdp.TicketE2E.Cli.Execution.Bench;

/// <summary>The bench's own ./e2e serve, on a socket of its own so it never meets an engineer's warm host; stopped at the end.</summary>
internal sealed class BenchWarmHost : IAsyncDisposable
{
    private readonly string socketFolder = Directory.CreateTempSubdirectory("e2e-bench-warm-").FullName;
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly StreamWriter log;
    private Task<int> serving = Task.FromResult(0);

    private BenchWarmHost(string folder)
    {
        Directory.CreateDirectory(folder);
        log = new StreamWriter(Path.Combine(folder, "console.log"));
    }

    /// <summary>What a run needs to use this host.</summary>
    public IReadOnlyDictionary<string, string> Environment =>
        new Dictionary<string, string> { [WarmHostClient.SocketVariable] = Path.Combine(socketFolder, "warm.sock") };

    public static async Task<BenchWarmHost> StartAsync(string folder, CancellationToken cancellation)
    {
        var host = new BenchWarmHost(folder);
        host.serving = Processes.RunAsync(Path.Combine(Repository.Root, "e2e"), ["serve", "--idle-minutes", "10"], host.Environment, cancellation, host.Line);
        if (await Task.WhenAny(host.ready.Task, host.serving) != host.ready.Task)
            throw new BenchException($"./e2e serve exited {await host.serving} before it was ready; see {folder}/console.log.");
        return host;
    }

    private void Line(string line)
    {
        log.WriteLine(line);
        if (line.StartsWith("Warm host ready", StringComparison.Ordinal)) ready.TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        await Processes.RunAsync(Path.Combine(Repository.Root, "e2e"), ["serve", "--stop"], Environment, CancellationToken.None, _ => { });
        await serving;
        await log.DisposeAsync();
        Directory.Delete(socketFolder, recursive: true);
    }
}
