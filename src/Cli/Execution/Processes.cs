using System.Diagnostics;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>Starts child processes: streamed to the console for test runs, captured for small queries.</summary>
internal static class Processes
{
    /// <summary>
    /// Runs a command with its output on this console, or, with <paramref name="lines"/>, hands each line of its output and
    /// error streams to that callback, one call at a time; returns its exit code.
    /// </summary>
    public static async Task<int> RunAsync(string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment,
        CancellationToken cancellation, Action<string>? lines = null)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = lines is not null, RedirectStandardError = lines is not null };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        if (lines is not null)
        {
            var oneAtATime = new object();
            DataReceivedEventHandler copy = (_, e) => { if (e.Data is not null) lock (oneAtATime) lines(e.Data); };
            process.OutputDataReceived += copy;
            process.ErrorDataReceived += copy;
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }
        try
        {
            await process.WaitForExitAsync(cancellation);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return process.ExitCode;
    }

    /// <summary>Runs a short command and returns its trimmed output, or null when it fails or is missing.</summary>
    public static string? Capture(string file, IEnumerable<string> arguments)
    {
        try
        {
            var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start);
            if (process is null) return null;
            // Both streams are read, so a child that writes much to either can never block on a full pipe.
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            errors.Wait();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
