using Cdp.TicketE2E.FeatureFiles;

namespace Cdp.TicketE2E.Cli.Progress;

/// <summary>How a finished scenario counts in the progress: flaky is a pass after a failed attempt.</summary>
internal enum ScenarioOutcome { Passed, Flaky, Failed, NotRun }

/// <summary>A scenario the host has just finished, ready to show.</summary>
/// <param name="Platform">web, mobile, or both, from its @web / @mobile tags; empty when it has neither.</param>
internal sealed record FinishedScenario(string Name, string Platform, ScenarioOutcome Outcome, TimeSpan? Duration);

/// <summary>
/// The run's counts so far, updated from the host's events. The total starts as the selection the CLI parsed and
/// becomes the host's own count once the host says how many cases it selected (which --where can narrow).
/// </summary>
internal sealed class RunTally(int selected, IReadOnlyDictionary<string, string> platformByKey)
{
    private readonly HashSet<string> flakyNotes = new(StringComparer.Ordinal);

    /// <summary>A tally for the scenarios the CLI's own parse selected, each with its platform tags.</summary>
    public static RunTally Of(IReadOnlyList<ScenarioCase> selected) => new(selected.Count, selected.ToDictionary(s => s.Key,
        s => string.Join('+', s.Tags.Where(t => t is "@web" or "@mobile").Select(t => t.TrimStart('@')))));

    public int Total { get; private set; } = selected;
    public int Passed { get; private set; }
    public int Flaky { get; private set; }
    public int Failed { get; private set; }
    public int NotRun { get; private set; }
    public int Done => Passed + Flaky + Failed + NotRun;

    /// <summary>Counts the event; returns the scenario it finished, if it finished one.</summary>
    public FinishedScenario? Apply(HostEvent hostEvent)
    {
        switch (hostEvent)
        {
            case CasesSelected selectedByHost:
                Total = selectedByHost.Count;
                return null;
            case FlakyPassNoted note:
                flakyNotes.Add(note.Key);
                return null;
            case ScenarioEnded ended:
                var outcome = ended.Result switch
                {
                    HostResult.Passed => flakyNotes.Remove(ended.Key) ? ScenarioOutcome.Flaky : ScenarioOutcome.Passed,
                    HostResult.Failed => ScenarioOutcome.Failed,
                    _ => ScenarioOutcome.NotRun,
                };
                Count(outcome);
                Total = Math.Max(Total, Done);
                return new FinishedScenario(ended.Name, platformByKey.GetValueOrDefault(ended.Key, ""), outcome, ended.Duration);
            default:
                return null;
        }
    }

    /// <summary>Time left at the pace so far (wall time per finished scenario, so parallel workers are accounted for); null before the first one.</summary>
    public TimeSpan? Eta(TimeSpan elapsed) => Done == 0 ? null : Done >= Total ? TimeSpan.Zero : elapsed / Done * (Total - Done);

    private void Count(ScenarioOutcome outcome)
    {
        switch (outcome)
        {
            case ScenarioOutcome.Passed: Passed++; break;
            case ScenarioOutcome.Flaky: Flaky++; break;
            case ScenarioOutcome.Failed: Failed++; break;
            default: NotRun++; break;
        }
    }
}
