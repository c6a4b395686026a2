using Cdp.TicketE2E.Reporting.Gate;

namespace Cdp.TicketE2E.Reporting.Merge;

/// <summary>What makes inputs unmergeable: each refusal names the files, runs and commits involved, and the fix.</summary>
internal static class MergeChecks
{
    public static void Validate(IReadOnlyList<ShardStream> inputs)
    {
        if (inputs.Count == 0) throw new BadInputException("Nothing to merge: no stream was given.");
        foreach (var input in inputs)
        {
            if (input.Run.StartedRunIds.Count != 1)
                throw new BadInputException($"{input.Path} holds {input.Run.StartedRunIds.Count} runs; each merge input must be one run's own stream (do not concatenate streams).");
            if (input.Run.Commit is null)
                throw new BadInputException($"{input.Path} (run {input.Run.Id}) names no commit, so it cannot be proven to be of the same commit as the others. Rerun it from a git checkout.");
            if (!input.Envelopes.Any(e => e.Meta is not null))
                throw new BadInputException($"{input.Path} has no meta message; it is not a complete results stream. Rerun that shard.");
        }
        // Grouped by the first input of the same commit, so a short and a full sha of one commit fall together.
        var commits = inputs.GroupBy(i => inputs.First(j => StreamIntegrity.SameCommit(j.Run.Commit!, i.Run.Commit!)).Run.Commit!).ToList();
        if (commits.Count > 1)
            throw new BadInputException(
                $"Refusing to merge runs of different commits: {string.Join("; ", commits.Select(g => $"commit {g.Key} in {string.Join(", ", g.Select(i => $"{i.Path} (run {i.Run.Id})"))}"))}. " +
                "Merge only shards of one commit; rerun the stale shard(s) at the current commit.");
        var repeated = inputs.SelectMany(i => i.Constituents.Select(c => (c.RunId, i.Path))).GroupBy(x => x.RunId).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw new BadInputException($"Run {repeated.Key} appears in more than one input ({string.Join(", ", repeated.Select(x => x.Path))}); pass each run once.");
    }
}
