using System.Collections.Frozen;
using Cdp.TicketE2E.Reporting;
using Cdp.TicketE2E.Reporting.Commands;
using Cdp.TicketE2E.Reporting.Model;
using Cdp.TicketE2E.Reporting.Reading;

namespace Cdp.TicketE2E.Cli.Planning;

/// <summary>
/// <c>--last-failed</c>: the scenarios that did not pass cleanly (failed, flaky, or without a result) in the previous run
/// in the reports folder, provided that run is of this commit. A scenario the target could not run (NOT RUN) is not a
/// failure to repeat.
/// </summary>
internal static class LastFailed
{
    private static readonly FrozenSet<ScenarioStatus> Repeated = new[]
        { ScenarioStatus.Failed, ScenarioStatus.Flaky, ScenarioStatus.Undefined, ScenarioStatus.Ambiguous, ScenarioStatus.Pending, ScenarioStatus.Unknown }.ToFrozenSet();

    /// <summary>The keys (<c>uri:line</c>) to rerun and a sentence saying where they come from; or the reason there are none.</summary>
    public static (IReadOnlySet<string>? Keys, string Text) Read(string reportsDirectory, string commit)
    {
        var path = Path.Combine(reportsDirectory, ReportFiles.Stream);
        if (!File.Exists(path))
            return (null, $"--last-failed found no previous run in {reportsDirectory} (no {ReportFiles.Stream}). " +
                          "Run ./e2e run first, or pass --reports with the folder of the run to repeat.");
        RunModel model;
        try
        {
            model = RunModelReader.Read(StreamFile.Read(path));
        }
        catch (BadInputException e)
        {
            return (null, $"--last-failed cannot read the previous run: {e.Message}");
        }
        var run = $"run {model.Run.Id ?? "(no id)"} of commit {Short(model.Run.Commit)}";
        if (model.Run.Commit is not { } previous || !SameCommit(previous, commit))
            return (null, $"--last-failed: the previous run in {reportsDirectory} is {run}, but the checkout is at {Short(commit)}: " +
                          "its failures say nothing about this code. Run ./e2e run at this commit first.");
        var failed = model.Scenarios.Where(s => Repeated.Contains(s.Status)).ToList();
        if (failed.Count == 0)
            return (null, $"--last-failed: nothing to rerun: no scenario failed or was flaky in the previous run ({run}, " +
                          $"{model.Scenarios.Count(s => s.Executed)} scenario(s) executed).");
        return (failed.Select(s => s.Pickle.Location).ToHashSet(StringComparer.Ordinal),
            $"the {failed.Count} scenario(s) that failed or were flaky in {run}");
    }

    // A clean and a dirty (uncommitted changes) checkout of one commit agree: fixing the code, then rerunning what failed,
    // is what --last-failed is for. Short and full shas agree too.
    private static bool SameCommit(string a, string b) =>
        a.Equals(b, StringComparison.OrdinalIgnoreCase)
        || (Math.Min(a.Length, b.Length) >= 7 && (a.StartsWith(b, StringComparison.OrdinalIgnoreCase) || b.StartsWith(a, StringComparison.OrdinalIgnoreCase)));

    private static string Short(string? commit) => commit is null ? "(none)" : commit.Length > 12 ? commit[..12] : commit;
}
