namespace Cdp.TicketE2E.Reporting.Model;

/// <summary>A <c>testRunFinished</c> as read from the stream.</summary>
/// <param name="RunId">The run it closes (its <c>testRunStartedId</c>), when given.</param>
/// <param name="Success">What the runner concluded.</param>
/// <param name="FinishedAt">When.</param>
public sealed record RunEnd(string? RunId, bool Success, DateTimeOffset? FinishedAt);

/// <summary>Identity of the run a stream holds: ids, commit, target, and how it ended.</summary>
/// <param name="StartedRunIds">Every <c>testRunStarted</c> id in the stream (exactly one for a sound stream).</param>
/// <param name="StartedAt">The first <c>testRunStarted</c> timestamp.</param>
/// <param name="Ends">Every <c>testRunFinished</c> (exactly one for a sound stream).</param>
/// <param name="Descriptor">The runner's run attachment, if present and readable.</param>
/// <param name="DescriptorError">Why the run attachment could not be read, if it could not.</param>
/// <param name="MetaCommit">The commit from <c>meta.ci.git.revision</c>.</param>
/// <param name="Branch">The branch from <c>meta.ci.git.branch</c>.</param>
/// <param name="CiName">The CI name from <c>meta.ci.name</c> (<c>local</c> on a workstation).</param>
public sealed record RunInfo(
    IReadOnlyList<string> StartedRunIds,
    DateTimeOffset? StartedAt,
    IReadOnlyList<RunEnd> Ends,
    RunDescriptor? Descriptor,
    string? DescriptorError,
    string? MetaCommit,
    string? Branch,
    string? CiName)
{
    /// <summary>The run id: the runner's attachment first, else the single <c>testRunStarted</c> id.</summary>
    public string? Id => Descriptor?.RunId ?? StartedRunIds.FirstOrDefault();

    /// <summary>The commit: the runner's attachment first, else the meta git revision; null when neither names one.</summary>
    public string? Commit => Known(Descriptor?.Commit) ?? Known(MetaCommit);

    /// <summary>The system under test.</summary>
    public string Target => Descriptor?.Target ?? "";

    /// <summary>The filter the run used; empty for a full run.</summary>
    public string Selection => Descriptor?.Selection ?? "";

    /// <summary>When the run started.</summary>
    public DateTimeOffset? Started => Descriptor?.StartedAtTime ?? StartedAt;

    /// <summary>The runs a merged stream was made of; empty for a single run.</summary>
    public IReadOnlyList<RunDescriptor> MergedFrom => Descriptor?.MergedFrom ?? [];

    /// <summary>Whether the stream is a merge of several runs.</summary>
    public bool IsMerged => Descriptor?.IsMerged == true;

    /// <summary>The value when it names a commit; null when empty or the runner's <c>unknown</c> (run outside a git checkout).</summary>
    public static string? Known(string? commit) =>
        string.IsNullOrWhiteSpace(commit) || commit.Equals("unknown", StringComparison.OrdinalIgnoreCase) ? null : commit;
}
