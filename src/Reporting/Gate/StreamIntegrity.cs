using Cdp.TicketE2E.Reporting.Model;

namespace Cdp.TicketE2E.Reporting.Gate;

/// <summary>
/// Checks that a stream is exactly one finished run of one known commit, so the gate never aggregates stale or
/// mixed results. A merged stream is one run too, provided every run merged into it is of the same commit.
/// </summary>
internal static class StreamIntegrity
{
    private const string Rerun = "Rerun `./e2e run`";

    public static IEnumerable<string> Problems(RunModel model, RunExpectations expected)
    {
        var run = model.Run;
        if (run.StartedRunIds.Count == 0)
            yield return $"The stream has no testRunStarted, so it is not the output of one run. {Rerun}.";
        if (run.StartedRunIds.Count > 1)
            yield return $"The stream holds {run.StartedRunIds.Count} runs ({string.Join(", ", run.StartedRunIds)}); the gate judges exactly one. " +
                         "Merge shards of one commit with `./e2e report --merge DIR...` instead of concatenating streams.";
        if (run.DescriptorError is { } descriptorError) yield return $"In the stream, {descriptorError}.";
        if (run.Descriptor?.RunId is { } described && run.StartedRunIds.Count == 1 && described != run.StartedRunIds[0])
            yield return $"The run attachment names run {described} but testRunStarted is {run.StartedRunIds[0]}: mixed results. {Rerun}.";
        foreach (var problem in EndProblems(run)) yield return problem;
        foreach (var problem in CommitProblems(run, expected.Commit)) yield return problem;
        if (expected.Target is { } target && !string.Equals(run.Target, target, StringComparison.OrdinalIgnoreCase))
            yield return $"The results are of target {(run.Target.Length == 0 ? "(none)" : run.Target)}, but the gate was asked about target {target}. " +
                         $"Run `./e2e run --target {target}`.";
        if (expected.Host is { } host && HostDisagreement(model, host) is { } disagreement) yield return disagreement;
        foreach (var problem in ForeignExecutions(model)) yield return problem;
        if (run.Ends.Any(e => !e.Success) && model.ParseErrors.Count == 0 && model.Scenarios.All(s => s.Status is ScenarioStatus.Passed or ScenarioStatus.NotRun or ScenarioStatus.Flaky))
            yield return "The runner ended the run unsuccessful (testRunFinished.success is false) although every scenario it recorded passed: " +
                         $"something failed outside the recorded steps. Read the test host's output. {Rerun}.";
        foreach (var inconsistency in model.Inconsistencies) yield return $"The stream is inconsistent: {inconsistency} {Rerun}.";
    }

    private static IEnumerable<string> EndProblems(RunInfo run)
    {
        foreach (var shard in run.MergedFrom.Where(s => s.Finished == false))
            yield return $"Merged run {shard.RunId} ({Describe(shard)}) has no testRunFinished: it was interrupted. Rerun that shard, then merge again.";
        if (run.Ends.Count == 0)
            yield return $"Run {run.Id ?? "(no id)"} has no testRunFinished: it was interrupted or is still running. {Rerun}.";
        else if (run.Ends.Count > 1 && run.StartedRunIds.Count <= 1)
            yield return $"The stream has {run.Ends.Count} testRunFinished messages for one run: mixed results. {Rerun}.";
        foreach (var end in run.Ends.Where(e => e.RunId is not null && e.RunId != run.Id && run.StartedRunIds.Count <= 1))
            yield return $"A testRunFinished closes run {end.RunId}, but the stream's run is {run.Id}: mixed results. {Rerun}.";
    }

    private static IEnumerable<string> CommitProblems(RunInfo run, string? expectedCommit)
    {
        if (run.Commit is null)
            yield return "The stream names no commit (the run attachment and meta.ci.git.revision are missing, empty or \"unknown\"), " +
                         "so its results cannot be tied to the code. Run from a git checkout with at least one commit.";
        else if (RunInfo.Known(run.Descriptor?.Commit) is { } described && RunInfo.Known(run.MetaCommit) is { } meta && !SameCommit(described, meta))
            yield return $"The run attachment says commit {described} but meta.ci.git.revision says {meta}: mixed results. {Rerun}.";
        foreach (var shard in run.MergedFrom.Where(s => run.Commit is not null && (s.Commit is null || !SameCommit(s.Commit, run.Commit))))
            yield return $"Merged run {shard.RunId} is of commit {shard.Commit ?? "(none)"}, not {run.Commit}: mixed results. Merge only shards of one commit.";
        if (expectedCommit is not null && run.Commit is not null && !SameCommit(expectedCommit, run.Commit))
            yield return $"The results are for commit {run.Commit} but the checkout is at {expectedCommit}: they are stale. {Rerun}.";
    }

    private static IEnumerable<string> ForeignExecutions(RunModel model)
    {
        var own = model.Run.MergedFrom.Select(s => s.RunId).Append(model.Run.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return model.Scenarios
            .SelectMany(s => s.Attempts.Where(a => a.RunId is not null && !own.Contains(a.RunId)).Take(1).Select(a => (s, a)))
            .Select(x => $"{x.s.Pickle.Location} \"{x.s.Pickle.Name}\" was executed by run {x.a.RunId}, which is not this run: mixed results. {Rerun}.");
    }

    // The host counts a test per scenario (and a failing one per feature file that does not parse); a stream that
    // counts otherwise lost or invented an outcome, e.g. a failure outside the recorded steps.
    private static string? HostDisagreement(RunModel model, HostCounts host)
    {
        var passed = model.Scenarios.Count(s => s.Status is ScenarioStatus.Passed or ScenarioStatus.Flaky);
        var failed = model.Scenarios.Count(s => s.Status is ScenarioStatus.Failed or ScenarioStatus.Undefined or ScenarioStatus.Ambiguous or ScenarioStatus.Unknown)
                     + model.ParseErrors.Count;
        return passed == host.Passed && failed == host.Failed ? null
            : $"The stream records {passed} passed and {failed} failed, but the test host counted {host.Passed} passed and {host.Failed} failed: " +
              $"an outcome is missing from the stream. Read the test host's output. {Rerun}.";
    }

    /// <summary>Full or abbreviated (≥ 7 characters) shas of the same commit.</summary>
    public static bool SameCommit(string a, string b) =>
        a.Equals(b, StringComparison.OrdinalIgnoreCase)
        || (Math.Min(a.Length, b.Length) >= 7 && (a.StartsWith(b, StringComparison.OrdinalIgnoreCase) || b.StartsWith(a, StringComparison.OrdinalIgnoreCase)));

    private static string Describe(RunDescriptor shard) =>
        $"target {(string.IsNullOrEmpty(shard.Target) ? "(none)" : shard.Target)}, " +
        (string.IsNullOrEmpty(shard.Selection) ? "full run" : $"selection {shard.Selection}");
}
