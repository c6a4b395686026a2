using Cdp.TicketE2E.Reporting.Model;
using Cdp.TicketE2E.Reporting.Reading;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Reporting.Merge;

/// <summary>One input of a merge: a run's stream (a shard, a web or mobile job, or an earlier merge) and where it came from.</summary>
/// <param name="Path">The NDJSON file.</param>
/// <param name="Envelopes">Its envelopes, in order.</param>
public sealed record ShardStream(string Path, IReadOnlyList<Envelope> Envelopes)
{
    /// <summary>The run identity read from the stream.</summary>
    public RunInfo Run { get; } = RunInfoReader.Read(StreamIndex.Build(Envelopes));

    /// <summary>The folder evidence URLs of this stream are relative to.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;

    /// <summary>The runs this stream stands for: itself, or the runs an earlier merge was made of.</summary>
    public IReadOnlyList<RunDescriptor> Constituents => Run.IsMerged
        ? Run.MergedFrom
        : [new RunDescriptor(Run.Id, Run.Commit, Run.Target, Run.Descriptor?.StartedAt ?? Run.StartedAt?.ToString("O"), Run.Selection, null, Run.Ends.Count > 0)];

    /// <summary>Reads a stream file; throws <see cref="BadInputException"/> when it is missing or damaged.</summary>
    public static ShardStream Read(string path) => new(path, StreamFile.Read(path));
}
