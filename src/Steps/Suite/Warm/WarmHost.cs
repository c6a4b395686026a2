using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Runner.Warm;

namespace Cdp.TicketE2E.Steps.Suite.Warm;

/// <summary>
/// ./e2e serve: the suite's test host kept running, serving ./e2e runs of this checkout one at a time on a Unix socket.
/// Each run is an ordinary run of the test platform in this process, with the asking command's E2E settings and its
/// console; the fakes, apps, browsers and Appium stay up between runs while the settings that built them hold. It stops
/// on Ctrl+C, SIGTERM, a stop request, after the idle time, or when the suite is rebuilt (it would serve old code).
/// </summary>
internal sealed class WarmHost(string assembly, TimeSpan idle, OutputRouter output)
{
    private readonly TextWriter log = output.Console;
    private readonly DateTime builtAt = File.GetLastWriteTimeUtc(assembly);
    private readonly SemaphoreSlim oneRun = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private readonly List<Task> answers = [];
    private DateTime lastActive = DateTime.UtcNow;
    private int runs;

    public static async Task<int> ServeAsync(string socketPath, TimeSpan idle, string assembly)
    {
        if (await WarmHostProtocol.ConnectAsync(socketPath) is { } other)
        {
            other.Dispose();
            Console.Error.WriteLine($"A warm host already serves this checkout on {socketPath}: ./e2e run uses it; stop it with ./e2e serve --stop.");
            return 2;
        }
        using var listener = Listen(socketPath);
        using var output = new OutputRouter();
        WarmSlot.Open();
        var host = new WarmHost(assembly, idle, output);
        var log = output.Console;
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, host.Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, host.Stop);
        log.WriteLine($"Warm host ready (pid {Environment.ProcessId}) on {socketPath}: ./e2e run in this checkout runs here, keeping the fakes, " +
                      $"apps and browsers between runs. Stops on Ctrl+C, ./e2e serve --stop, a rebuild, or after {idle.TotalMinutes:0.#} idle minute(s).");
        try
        {
            await host.ServeAsync(listener);
        }
        finally
        {
            File.Delete(socketPath);
        }
        try
        {
            await WarmSlot.StopAsync();
        }
        catch (Exception e)
        {
            // Ctrl+C in the terminal also reaches the kept browsers and servers, which may be gone before they are stopped.
            log.WriteLine($"Stopping what the runs kept: {e.Message}");
        }
        log.WriteLine($"Warm host stopped after {host.runs} run(s).");
        return 0;
    }

    private static Socket Listen(string socketPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(socketPath)!);
        File.Delete(socketPath); // left by a warm host that was killed: nobody listens on it (checked above)
        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(socketPath));
        // The requests carry the asking command's E2E settings, secrets included: only this user may connect.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(socketPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        listener.Listen();
        return listener;
    }

    private void Stop(PosixSignalContext signal)
    {
        signal.Cancel = true; // stop in order: the run in progress ends, then the kept objects are stopped
        stopping.Cancel();
    }

    private async Task ServeAsync(Socket listener)
    {
        var idleWatch = WatchIdleAsync();
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var client = await listener.AcceptAsync(stopping.Token);
                lock (answers)
                {
                    answers.RemoveAll(a => a.IsCompleted);
                    answers.Add(AnswerAsync(client));
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        // The run in progress, if any, finishes, and every asking command gets its answer (a refusal too) before the host goes.
        Task[] pending;
        lock (answers) pending = [.. answers];
        await Task.WhenAll(pending);
        await idleWatch;
    }

    private async Task WatchIdleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Clamp(idle.TotalSeconds / 4, 0.25, 30)));
        try
        {
            while (await timer.WaitForNextTickAsync(stopping.Token))
                if (oneRun.CurrentCount == 1 && DateTime.UtcNow - lastActive > idle)
                {
                    log.WriteLine($"No run for {idle.TotalMinutes:0.#} minute(s): stopping.");
                    stopping.Cancel();
                }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task AnswerAsync(Socket client)
    {
        await using var stream = new NetworkStream(client, ownsSocket: true);
        using var reader = new StreamReader(stream);
        await using var writer = new StreamWriter(stream);
        try
        {
            var request = await WarmHostProtocol.ReadAsync<WarmRequest>(reader);
            if (request is null) return;
            if (request.Stop)
            {
                await WarmHostProtocol.SendAsync(writer, new WarmReply(Exit: 0));
                log.WriteLine("Asked to stop.");
                stopping.Cancel();
                return;
            }
            if (Refusal(request) is { } refusal)
            {
                await WarmHostProtocol.SendAsync(writer, new WarmReply(Refused: refusal));
                return;
            }
            try
            {
                var exit = await RunAsync(request, writer);
                await WarmHostProtocol.SendAsync(writer, new WarmReply(Exit: exit, Note: WarmSlot.Note()));
            }
            finally
            {
                lastActive = DateTime.UtcNow;
                oneRun.Release();
            }
        }
        catch (IOException)
        {
            // The asking ./e2e went away; its run (if it started) has finished and written its reports.
        }
    }

    // Why this host will not run the request; null when it takes it (and holds the one-run lock).
    private string? Refusal(WarmRequest request)
    {
        if (request.Assembly is null || request.Arguments is null) return "the request names no suite assembly or arguments.";
        if (!string.Equals(Path.GetFullPath(request.Assembly), Path.GetFullPath(assembly), StringComparison.Ordinal))
            return $"it serves {assembly}, not {request.Assembly}.";
        if (File.GetLastWriteTimeUtc(assembly) != builtAt)
        {
            log.WriteLine("The suite was rebuilt since this host started: stopping (it would run the old code). Start ./e2e serve again.");
            stopping.Cancel();
            return "the suite was rebuilt since it started, so it stopped (start ./e2e serve again).";
        }
        if (stopping.IsCancellationRequested) return "it is stopping.";
        return oneRun.Wait(0) ? null : "it is busy with another run.";
    }

    private async Task<int> RunAsync(WarmRequest request, StreamWriter client)
    {
        var number = ++runs;
        var clock = Stopwatch.StartNew();
        UseHarnessEnvironment(request.Environment ?? new Dictionary<string, string>());
        var clientGone = false;
        var exit = await output.RouteAsync(line =>
        {
            if (clientGone) return; // stopped with Ctrl+C: the run still finishes and writes its reports
            try
            {
                WarmHostProtocol.SendAsync(client, new WarmReply(Line: line)).GetAwaiter().GetResult();
            }
            catch (IOException)
            {
                clientGone = true;
            }
        }, () => SuiteProgram.RunOnceAsync([.. request.Arguments!]));
        log.WriteLine($"Run {number}: exit {exit} in {clock.Elapsed.TotalSeconds:0.0} s ({WarmSlot.Note()}).");
        return exit;
    }

    // The run reads its settings from E2E__* variables and E2E_PROFILE: exactly the asking command's, none left from before.
    private static void UseHarnessEnvironment(IReadOnlyDictionary<string, string> variables)
    {
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(SettingsSources.IsSettingsVariable))
            Environment.SetEnvironmentVariable(name, null);
        foreach (var (name, value) in variables.Where(v => SettingsSources.IsSettingsVariable(v.Key)))
            Environment.SetEnvironmentVariable(name, value);
    }
}
