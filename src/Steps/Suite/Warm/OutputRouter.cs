using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Cdp.TicketE2E.Steps.Suite.Warm;

/// <summary>
/// A warm host's standard output and error, routed: while a run goes, every line written to them goes to the ./e2e that
/// asked for it; otherwise to the host's own console. It works on the file descriptors, because the test platform writes its
/// console straight to descriptor 1 (a stream it opens once per process), not through Console.Out. Descriptors 1 and 2 point
/// at one pipe for the host's whole life and a reader drains it, so a browser or server started during a run and kept for
/// the next one can never block on a full pipe when it writes later. Linux and macOS only (what ./e2e runs on).
/// </summary>
internal sealed class OutputRouter : IDisposable
{
    private readonly int savedOutput = Dup(1);
    private readonly int savedError = Dup(2);
    private readonly StreamWriter console;
    private readonly StreamWriter pipeWriter;
    private readonly string endOfRun = $"\u0001end-of-run-{Guid.NewGuid():N}";
    private Action<string>? run;
    private TaskCompletionSource? runEnded;

    public OutputRouter()
    {
        console = new StreamWriter(new FileStream(new SafeFileHandle(Dup(savedOutput), ownsHandle: true), FileAccess.Write)) { AutoFlush = true };
        var ends = new int[2];
        Check(pipe(ends), "pipe");
        Check(dup2(ends[1], 1), "dup2");
        Check(dup2(ends[1], 2), "dup2");
        // .NET and the test platform each write through their own duplicate of descriptor 1, taken when first used: after
        // this point, so into the pipe. This writer is one more, for the end-of-run marker.
        pipeWriter = new StreamWriter(new FileStream(new SafeFileHandle(ends[1], ownsHandle: true), FileAccess.Write)) { AutoFlush = true };
        var pipeEnd = new FileStream(new SafeFileHandle(ends[0], ownsHandle: true), FileAccess.Read);
        new Thread(() => Drain(new StreamReader(pipeEnd))) { IsBackground = true, Name = "warm host output" }.Start();
    }

    /// <summary>The host's own console (what descriptor 1 was before).</summary>
    public TextWriter Console => console;

    /// <summary>Runs <paramref name="work"/> with everything written to standard output and error handed to <paramref name="lines"/>.</summary>
    public async Task<T> RouteAsync<T>(Action<string> lines, Func<Task<T>> work)
    {
        run = lines;
        try
        {
            return await work();
        }
        finally
        {
            // Everything the run wrote is in the pipe before this marker; once the reader passes it, the run's output is complete.
            runEnded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            System.Console.Out.Flush();
            pipeWriter.WriteLine(endOfRun);
            await runEnded.Task;
            run = null;
        }
    }

    private void Drain(StreamReader pipe)
    {
        while (pipe.ReadLine() is { } line)
        {
            if (line == endOfRun) runEnded?.TrySetResult();
            else if (run is { } lines) lines(line);
            else console.WriteLine(line);
        }
    }

    /// <summary>
    /// Points descriptors 1 and 2 back where they were. Writers that took their duplicate earlier still reach the pipe, so
    /// its reader (a background thread) keeps draining to the host's console until the process ends.
    /// </summary>
    public void Dispose()
    {
        System.Console.Out.Flush();
        dup2(savedOutput, 1);
        dup2(savedError, 2);
        close(savedOutput);
        close(savedError);
    }

    private static int Dup(int descriptor)
    {
        var copy = dup(descriptor);
        Check(copy, "dup");
        return copy;
    }

    private static void Check(int result, string call)
    {
        if (result < 0) throw new IOException($"{call} failed (errno {Marshal.GetLastPInvokeError()}): the warm host cannot route its output.");
    }

    [DllImport("libc", SetLastError = true)] private static extern int pipe(int[] ends);
    [DllImport("libc", SetLastError = true)] private static extern int dup(int descriptor);
    [DllImport("libc", SetLastError = true)] private static extern int dup2(int descriptor, int target);
    [DllImport("libc", SetLastError = true)] private static extern int close(int descriptor);
}
