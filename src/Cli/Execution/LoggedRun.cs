using Cdp.TicketE2E.Cli.Output;
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
        var logPath = Path.Combine(run.ReportsDirectory, RunConsole.LogFileName);
        File.Delete(logPath);
        var said = new StringWriter();
        await new SuiteRunner(said).RunAsync(run with { Output = RunOutput.Quiet }, cancellation);
        // A run that started wrote the whole of its output to run.log; one stopped before it started only said why.
        if (!File.Exists(logPath)) await File.WriteAllTextAsync(logPath, said.ToString(), cancellation);
        var stream = Path.Combine(run.ReportsDirectory, ReportFiles.Stream);
        return (File.Exists(stream) ? RunModelReader.Read(StreamFile.Read(stream)).Scenarios : null, logPath);
    }
}
