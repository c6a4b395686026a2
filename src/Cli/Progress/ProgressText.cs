using System.Globalization;

namespace Cdp.TicketE2E.Cli.Progress;

/// <summary>The words and numbers every progress view shares, so the live line and the plain lines read alike.</summary>
internal static class ProgressText
{
    /// <summary>E.g. <c>0:35</c>, <c>12:05</c>, <c>1:02:09</c>.</summary>
    public static string Clock(TimeSpan time) =>
        time.TotalHours >= 1 ? time.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : time.ToString(@"m\:ss", CultureInfo.InvariantCulture);

    /// <summary>E.g. <c>850 ms</c>, <c>11.2 s</c>, <c>2:05</c>.</summary>
    public static string Duration(TimeSpan time) => time.TotalSeconds switch
    {
        < 1 => $"{time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms",
        < 60 => $"{time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s",
        _ => Clock(time),
    };

    /// <summary>The outcome as reports spell it.</summary>
    public static string Word(ScenarioOutcome outcome) => outcome switch
    {
        ScenarioOutcome.Passed => "PASSED",
        ScenarioOutcome.Flaky => "FLAKY",
        ScenarioOutcome.Failed => "FAILED",
        _ => "NOT RUN",
    };

    /// <summary>E.g. <c>ETA 1:45</c>, or <c>ETA --:--</c> before the first scenario finishes.</summary>
    public static string Eta(RunTally tally, TimeSpan elapsed) => tally.Eta(elapsed) is { } eta ? $"ETA {Clock(eta)}" : "ETA --:--";

    /// <summary>The closing line: how many ran, in how long, with what.</summary>
    public static string Done(RunTally tally, TimeSpan elapsed) =>
        $"Ran {tally.Done} of {tally.Total} scenario(s) in {Clock(elapsed)}: {tally.Passed} passed, {tally.Failed} failed, {tally.Flaky} flaky, {tally.NotRun} not run.";
}
