using System.Security.Cryptography;
using System.Text;
using Cdp.TicketE2E.Reporting.Model;
using Cucumber.Messages;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Reporting.Merge;

/// <summary>The merged stream and what a person should know about it.</summary>
/// <param name="Envelopes">The merged stream, in order.</param>
/// <param name="Descriptor">The merged run's identity (also in the stream's run attachment).</param>
/// <param name="Notes">One line per noteworthy fact (inputs, pickles executed by several inputs).</param>
public sealed record MergeResult(IReadOnlyList<Envelope> Envelopes, RunDescriptor Descriptor, IReadOnlyList<string> Notes);

/// <summary>
/// Merges the streams of several runs of ONE commit (shards, web and mobile jobs) into one stream that reads as one
/// run: one testRunStarted with a new id derived from the input run ids (so merging the same inputs again gives the
/// same id), definitions deduplicated by id, every test case of every input kept. A pickle executed by several
/// inputs is counted once by the report: the latest execution (attempt chain) wins.
/// </summary>
public static class StreamMerger
{
    /// <summary>Merges; throws <see cref="BadInputException"/> for inputs of different commits, repeated runs, or streams holding several runs.</summary>
    /// <param name="inputs">The input streams, in order.</param>
    /// <param name="outputDirectory">Where the merged stream will be written, to re-base relative evidence URLs.</param>
    public static MergeResult Merge(IReadOnlyList<ShardStream> inputs, string outputDirectory)
    {
        MergeChecks.Validate(inputs);
        var constituents = inputs.SelectMany(i => i.Constituents).ToList();
        var mergedId = MergedRunId(constituents.Select(c => c.RunId!));
        var descriptor = Describe(mergedId, constituents);
        var merged = new List<Envelope> { Envelope.Create(inputs[0].Envelopes.First(e => e.Meta is not null).Meta) };
        merged.Add(Envelope.Create(new TestRunStarted(Earliest(inputs), mergedId)));
        merged.Add(Envelope.Create(new Attachment(descriptor.ToJson(), AttachmentContentEncoding.IDENTITY, null, RunDescriptor.MediaType,
            null, null, null, null, mergedId, null, null)));
        merged.AddRange(DefinitionDeduplicator.Distinct(inputs.SelectMany(i => i.Envelopes)));
        foreach (var (input, index) in inputs.Select((input, index) => (input, index)))
        {
            var rewriter = new ExecutionIdRewriter($"m{index + 1}.", input.Run.Id, mergedId, url => Rebase(url, input.Directory, outputDirectory));
            merged.AddRange(input.Envelopes.Where(ExecutionIdRewriter.IsExecution).Select(rewriter.Rewrite).OfType<Envelope>());
        }
        if (inputs.All(i => i.Run.Ends.Count > 0))
            merged.Add(Envelope.Create(new TestRunFinished(null, inputs.All(i => i.Run.Ends.All(e => e.Success)), Latest(inputs), null, mergedId)));
        return new MergeResult(merged, descriptor, Notes(inputs, mergedId));
    }

    /// <summary>A GUID derived from the sorted input run ids: the same inputs always merge into the same run id.</summary>
    public static string MergedRunId(IEnumerable<string> runIds)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", runIds.Order(StringComparer.Ordinal))));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }

    private static RunDescriptor Describe(string mergedId, IReadOnlyList<RunDescriptor> constituents)
    {
        var starts = constituents.Select(c => c.StartedAtTime).OfType<DateTimeOffset>().ToList();
        var selections = constituents.Select(c => c.Selection ?? "").Distinct().ToList();
        return new RunDescriptor(mergedId, constituents[0].Commit,
            string.Join("+", constituents.Select(c => c.Target).Where(t => !string.IsNullOrEmpty(t)).Distinct()),
            starts.Count == 0 ? null : starts.Min().UtcDateTime.ToString("O"),
            selections.All(s => s.Length == 0) ? "" : string.Join(" + ", selections.Select(s => s.Length == 0 ? "(full run)" : s)),
            constituents);
    }

    private static string? Rebase(string? url, string inputDirectory, string outputDirectory)
    {
        if (url is null || Path.IsPathRooted(url) || url.Contains("://", StringComparison.Ordinal)) return url;
        if (Path.GetFullPath(inputDirectory) == Path.GetFullPath(outputDirectory)) return url;
        return Path.GetRelativePath(outputDirectory, Path.Combine(inputDirectory, url)).Replace('\\', '/');
    }

    private static Timestamp Earliest(IReadOnlyList<ShardStream> inputs) => ToTimestamp(inputs.Select(i => i.Run.StartedAt).Min());

    private static Timestamp Latest(IReadOnlyList<ShardStream> inputs) => ToTimestamp(inputs.SelectMany(i => i.Run.Ends).Select(e => e.FinishedAt).Max());

    // Both timestamps are required by the protocol, so every input has them; the epoch only guards a broken input.
    private static Timestamp ToTimestamp(DateTimeOffset? time) => Converters.ToTimestamp((time ?? DateTimeOffset.UnixEpoch).UtcDateTime);

    private static List<string> Notes(IReadOnlyList<ShardStream> inputs, string mergedId)
    {
        var notes = inputs.Select(i => $"{i.Path}: run {i.Run.Id}, commit {Output.VerdictText.Short(i.Run.Commit)}, target {i.Run.Target}, " +
                                       $"{i.Envelopes.Count(e => e.TestCase is not null)} test case(s){(i.Run.Ends.Count == 0 ? ", NOT FINISHED" : "")}").ToList();
        var executedBy = inputs.SelectMany(i => i.Envelopes.Where(e => e.TestCase is not null).Select(e => (e.TestCase.PickleId, i.Path)).Distinct())
            .GroupBy(x => x.PickleId).Count(g => g.Count() > 1);
        if (executedBy > 0)
            notes.Add($"{executedBy} pickle(s) were executed by more than one input; each counts once, by its latest execution.");
        notes.AddRange(ShardPlanNotes.Of(inputs.SelectMany(i => i.Constituents).ToList()));
        notes.Add($"Merged {inputs.Count} stream(s) into run {mergedId}.");
        return notes;
    }
}
