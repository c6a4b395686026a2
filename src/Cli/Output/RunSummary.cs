using Cdp.TicketE2E.Reporting.Model;

namespace Cdp.TicketE2E.Cli.Output;

/// <summary>One row of the summary: a platform (the @web / @mobile tag) and how its scenarios ended.</summary>
internal sealed record PlatformCounts(string Platform, int Passed, int Failed, int Flaky, int NotRun)
{
    public int Total => Passed + Failed + Flaky + NotRun;
}

/// <summary>A scenario among the slowest: its time is the sum of its attempts.</summary>
internal sealed record SlowScenario(string Name, string Location, string Platform, TimeSpan Duration, int Attempts);

/// <summary>
/// The run at a glance, from the message stream (the run's full record, read after the host has exited): counts by
/// platform and the slowest scenarios. A scenario counts when it ran or when the selection named it and it did not run
/// (a host that stopped early); scenarios outside the selection are not this run's.
/// </summary>
internal sealed record RunSummary(IReadOnlyList<PlatformCounts> Platforms, PlatformCounts All, IReadOnlyList<SlowScenario> Slowest)
{
    public const int SlowestShown = 5;

    public static RunSummary Of(IReadOnlyList<ScenarioResult> scenarios, IReadOnlySet<string> selected)
    {
        var inRun = scenarios.Where(s => s.Executed || selected.Contains(s.Pickle.Location)).ToList();
        var rows = inRun.GroupBy(s => PlatformOf(s.Pickle)).OrderBy(g => g.Key switch { "web" => 0, "mobile" => 1, _ => 2 }).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Count(g.Key, g.ToList())).ToList();
        var slowest = inRun.Where(s => s.Executed)
            .Select(s => new SlowScenario(s.Pickle.Name, s.Pickle.Location, PlatformOf(s.Pickle), s.Attempts.Aggregate(TimeSpan.Zero, (sum, a) => sum + a.Duration), s.Attempts.Count))
            .OrderByDescending(s => s.Duration).ThenBy(s => s.Location, StringComparer.Ordinal).Take(SlowestShown).ToList();
        return new RunSummary(rows, Count("all", inRun), slowest);
    }

    /// <summary>web, mobile, web+mobile, or "untagged".</summary>
    public static string PlatformOf(PickleInfo pickle) =>
        pickle.Platforms.Count == 0 ? "untagged" : string.Join('+', pickle.Platforms.Select(p => p.ToString().ToLowerInvariant()));

    private static PlatformCounts Count(string platform, IReadOnlyList<ScenarioResult> scenarios) => new(platform,
        Passed: scenarios.Count(s => s.Status == ScenarioStatus.Passed),
        Failed: scenarios.Count(s => IsFailure(s.Status)),
        Flaky: scenarios.Count(s => s.Status == ScenarioStatus.Flaky),
        NotRun: scenarios.Count(s => s.Status is ScenarioStatus.Skipped or ScenarioStatus.NotRun));

    /// <summary>Everything that is neither a pass, a flaky pass, nor NOT RUN: failed, undefined, ambiguous, pending, unknown.</summary>
    public static bool IsFailure(ScenarioStatus status) =>
        status is not (ScenarioStatus.Passed or ScenarioStatus.Flaky or ScenarioStatus.Skipped or ScenarioStatus.NotRun);
}
