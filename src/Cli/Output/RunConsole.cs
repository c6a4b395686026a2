using System.Diagnostics;
using Cdp.TicketE2E.Cli.Progress;
using Cdp.TicketE2E.Reporting.Model;

namespace Cdp.TicketE2E.Cli.Output;

/// <summary>
/// What ./e2e run shows while and after the suite runs (<see cref="RunOutput"/>), and run.log in the reports folder,
/// which keeps everything in every mode: each line of the test host, the failures, the summary and the verdict.
/// Host lines arrive one at a time (Processes serialises them); the live line's clock ticks on a timer, so both go
/// through one lock.
/// </summary>
internal sealed class RunConsole : IAsyncDisposable
{
    public const string LogFileName = "run.log";

    private readonly object gate = new();
    private readonly TextWriter console;
    private readonly StreamWriter log;
    private readonly ConsoleStyle style;
    private readonly RunOutput mode;
    private readonly ProgressFeed? progress;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource stopTicking = new();
    private readonly Task ticking = Task.CompletedTask;

    public RunConsole(TextWriter console, ConsoleStyle style, RunOutput mode, string reportsDirectory, RunTally tally)
    {
        (this.console, this.style, this.mode) = (console, style, mode);
        LogPath = Path.Combine(reportsDirectory, LogFileName);
        log = new StreamWriter(LogPath) { AutoFlush = true };
        if (mode != RunOutput.Progress) return;
        progress = new ProgressFeed(tally, style.Live ? new LiveProgressView(console, style.On(console)) : new PlainProgressView(console));
        if (style.Live) ticking = TickAsync(stopTicking.Token);
    }

    public string LogPath { get; }

    /// <summary>Where the verdict goes: the console and the log.</summary>
    public TextWriter Verdict => new TeeWriter(console, log);

    /// <summary>Where the report's "wrote …" lines go: the log only under --quiet.</summary>
    public TextWriter Notes => mode == RunOutput.Quiet ? log : Verdict;

    /// <summary>A line of the run's own (not shown under --quiet unless <paramref name="evenWhenQuiet"/>).</summary>
    public void Say(string line, bool evenWhenQuiet = false)
    {
        lock (gate)
        {
            log.WriteLine(line);
            if (mode != RunOutput.Quiet || evenWhenQuiet) console.WriteLine(line);
        }
    }

    /// <summary>A line of the test host's output.</summary>
    public void HostLine(string line)
    {
        lock (gate)
        {
            log.WriteLine(line);
            if (mode == RunOutput.Verbose) console.WriteLine(line);
            progress?.Line(line, clock.Elapsed);
        }
    }

    /// <summary>The host has exited: the progress closes with its totals.</summary>
    public async Task HostEndedAsync()
    {
        await StopTickingAsync();
        lock (gate) progress?.Complete(clock.Elapsed);
    }

    /// <summary>The failures (not under --verbose, where the host printed them) and the summary table (not under --quiet), from the stream.</summary>
    public void Results(IReadOnlyList<ScenarioResult> scenarios, IReadOnlySet<string> selected, string reportsDirectory)
    {
        lock (gate)
        {
            if (mode != RunOutput.Verbose) FailureList.Write(scenarios, reportsDirectory, console);
            FailureList.Write(scenarios, reportsDirectory, log);
            var summary = RunSummary.Of(scenarios, selected);
            if (mode != RunOutput.Quiet) SummaryTable.Write(summary, style.On(console), ascii: !style.Live);
            SummaryTable.Write(summary, ConsoleStyle.Plain.On(log), ascii: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopTickingAsync();
        await log.DisposeAsync();
        stopTicking.Dispose();
    }

    private async Task StopTickingAsync()
    {
        await stopTicking.CancelAsync();
        await ticking;
    }

    // The live line's elapsed time and ETA move between finished scenarios, which can be a minute apart.
    private async Task TickAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
                lock (gate) progress!.Tick(clock.Elapsed);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
