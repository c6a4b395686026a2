using Cdp.TicketE2E.Reporting.Commands;
using Cdp.TicketE2E.Reporting.Model;
using Cdp.TicketE2E.Reporting.Reading;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>
/// One ordinary ./e2e run inside a larger job (soak, selfcheck): its own reports folder, its output in run.log there, and
/// the scenarios its stream reports, or null when it produced no stream.
/// </summary>
internal static class LoggedRun
{
    public static async Task<(IReadOnlyList<ScenarioResult>? Scenarios, string LogPath)> RunAsync(SuiteRunOptions run, CancellationToken cancellation)
    {
        Directory.CreateDirectory(run.ReportsDirectory);
        var logPath = Path.Combine(run.ReportsDirectory, "run.log");
        await using (var log = new StreamWriter(logPath))
            await new SuiteRunner(log).RunAsync(run with { Quiet = true }, cancellation);
        var stream = Path.Combine(run.ReportsDirectory, ReportFiles.Stream);
        return (File.Exists(stream) ? RunModelReader.Read(StreamFile.Read(stream)).Scenarios : null, logPath);
    }
}
