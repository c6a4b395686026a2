using System.Diagnostics;
using Cdp.TicketE2E.Configuration;

namespace Cdp.TicketE2E.Tests.EndToEnd;

/// <summary>Runs a command of the checkout (./e2e, dotnet test) as a user would, capturing its output.</summary>
internal static class CommandLine
{
    public static string Root { get; } = RepositoryRoot.Find(AppContext.BaseDirectory);

    public static Task<(int ExitCode, string Output)> RunAsync(string file, params string[] arguments) =>
        RunAsync(new Dictionary<string, string>(), file, arguments);

    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The child is a separate run: it must not inherit this test process's run settings or configuration profile.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("E2E__", StringComparison.Ordinal) || k == "E2E_PROFILE").ToList())
            start.Environment.Remove(key);
        // Nor a warm host the engineer keeps for this checkout (./e2e serve): runs under test start their own test host
        // unless the test gives them one.
        start.Environment["E2E_WARM_HOST"] = Path.Combine(Path.GetTempPath(), "e2e-tests-no-warm-host.sock");
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    public static string NewReportsFolder() => Directory.CreateTempSubdirectory("e2e-reports-").FullName;
}
