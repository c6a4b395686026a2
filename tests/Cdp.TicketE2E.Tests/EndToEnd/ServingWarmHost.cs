using System.Diagnostics;

namespace Cdp.TicketE2E.Tests.EndToEnd;

/// <summary>A test's own ./e2e serve on its own socket: started ready, its console kept, stopped (or killed) at the end.</summary>
internal sealed class ServingWarmHost : IAsyncDisposable
{
    private readonly Process process;
    private readonly List<string> console = [];
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServingWarmHost(Process process) => this.process = process;

    /// <summary>The socket; give it to runs as E2E_WARM_HOST.</summary>
    public string Socket { get; } = Path.Combine(Directory.CreateTempSubdirectory("e2e-warm-").FullName, "warm.sock");

    /// <summary>What runs need to use this host.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["E2E_WARM_HOST"] = Socket };

    /// <summary>What the host printed so far.</summary>
    public string Console
    {
        get { lock (console) return string.Join('\n', console); }
    }

    public Process Process => process;

    public static async Task<ServingWarmHost> StartAsync()
    {
        var start = new ProcessStartInfo("./e2e") { WorkingDirectory = CommandLine.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "serve", "--idle-minutes", "10" }) start.ArgumentList.Add(argument);
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("E2E__", StringComparison.Ordinal) || k == "E2E_PROFILE").ToList())
            start.Environment.Remove(key);
        var host = new ServingWarmHost(new Process { StartInfo = start });
        start.Environment["E2E_WARM_HOST"] = host.Socket;
        host.process.OutputDataReceived += (_, e) => host.Add(e.Data);
        host.process.ErrorDataReceived += (_, e) => host.Add(e.Data);
        host.process.Start();
        host.process.BeginOutputReadLine();
        host.process.BeginErrorReadLine();
        await host.ready.Task.WaitAsync(TimeSpan.FromMinutes(3));
        return host;
    }

    /// <summary>Waits for the host to exit on its own (after a stop request or a refusal that stops it); its exit code.</summary>
    public async Task<int> ExitedAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    private void Add(string? line)
    {
        if (line is null) return;
        lock (console) console.Add(line);
        if (line.StartsWith("Warm host ready", StringComparison.Ordinal)) ready.TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await CommandLine.RunAsync(Environment, "./e2e", "serve", "--stop");
            try
            {
                await ExitedAsync();
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        process.Dispose();
        Directory.Delete(Path.GetDirectoryName(Socket)!, recursive: true);
    }
}
