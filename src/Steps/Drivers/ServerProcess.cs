using System.Diagnostics;

namespace Cdp.TicketE2E.Steps.Drivers;

/// <summary>
/// A server the harness starts as a child process (the Vue app's preview server, Appium): ready once it prints a line that says
/// so; its output is always read (a chatty child never blocks) and its last lines are kept for the error that explains an
/// early exit or a slow start. Disposing stops it and everything it started.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private const int TailLines = 40;
    private readonly Process process;
    private readonly Queue<string> tail = new();

    private ServerProcess(Process process) => this.process = process;

    /// <summary>Starts <paramref name="info"/> and waits until a line of its output satisfies <paramref name="ready"/>.</summary>
    /// <exception cref="InvalidOperationException">It could not start, exited first, or was not ready in time; the message has its last lines and <paramref name="fix"/>.</exception>
    public static async Task<ServerProcess> StartAsync(string name, ProcessStartInfo info, Func<string, bool> ready, TimeSpan timeout, string fix)
    {
        info.RedirectStandardOutput = info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var server = new ServerProcess(new Process { StartInfo = info, EnableRaisingEvents = true });
        try
        {
            await server.RunUntilReadyAsync(name, ready, timeout, fix);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    private async Task RunUntilReadyAsync(string name, Func<string, bool> ready, TimeSpan timeout, string fix)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        DataReceivedEventHandler onLine = (_, e) =>
        {
            if (e.Data is null) return;
            lock (tail)
            {
                tail.Enqueue(e.Data);
                if (tail.Count > TailLines) tail.Dequeue();
            }
            if (ready(e.Data)) started.TrySetResult();
        };
        process.OutputDataReceived += onLine;
        process.ErrorDataReceived += onLine;
        process.Exited += (_, _) =>
        {
            process.WaitForExit(); // drains the redirected output, so the tail holds its last words
            started.TrySetException(new InvalidOperationException($"The {name} exited during start (code {process.ExitCode}). Its last lines:\n{Tail()}\n{fix}"));
        };
        try
        {
            if (!process.Start()) throw new InvalidOperationException($"Could not start {process.StartInfo.FileName}. {fix}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Could not start {process.StartInfo.FileName} for the {name}: {e.Message}. {fix}", e);
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await started.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"The {name} was not ready within {timeout.TotalSeconds:0} s. Its last lines:\n{Tail()}\n{fix}");
        }
    }

    /// <summary>The server's process id, for a caller that must prove its whole tree is gone after <see cref="Dispose"/>.</summary>
    public int ProcessId => process.Id;

    private string Tail()
    {
        lock (tail) return tail.Count == 0 ? "(nothing)" : string.Join('\n', tail);
    }

    /// <summary>Stops the server and its children.</summary>
    public void Dispose()
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (InvalidOperationException)
        {
            // Never started: nothing to stop.
        }
        process.Dispose();
    }
}
