using System.Text.Json;

namespace Cdp.TicketE2E.Reporting.Model;

/// <summary>
/// The body of the run-level attachment the runner writes (media type <see cref="MediaType"/>): which run, of which
/// commit, against which target, with which selection. A merged stream lists the runs it was made of in <see cref="MergedFrom"/>.
/// </summary>
/// <param name="RunId">The run id (the <c>testRunStarted</c> id).</param>
/// <param name="Commit">The commit sha the run tested.</param>
/// <param name="Target">The system under test (e.g. <c>embedded</c>).</param>
/// <param name="StartedAt">ISO-8601 start time, as the runner wrote it.</param>
/// <param name="Selection">The filter used; empty for a full run.</param>
/// <param name="MergedFrom">For a merged stream: the runs merged into it.</param>
/// <param name="Finished">For an entry of <see cref="MergedFrom"/>: whether that run wrote its <c>testRunFinished</c>.</param>
public sealed record RunDescriptor(
    string? RunId,
    string? Commit,
    string? Target,
    string? StartedAt,
    string? Selection,
    IReadOnlyList<RunDescriptor>? MergedFrom = null,
    bool? Finished = null)
{
    /// <summary>Media type of the run-level attachment that carries this record.</summary>
    public const string MediaType = "application/vnd.cdp-e2e.run+json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The start time, when <see cref="StartedAt"/> parses.</summary>
    public DateTimeOffset? StartedAtTime =>
        DateTimeOffset.TryParse(StartedAt, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    /// <summary>Whether this describes a merge of several runs.</summary>
    public bool IsMerged => MergedFrom is { Count: > 0 };

    /// <summary>Reads the attachment body; throws <see cref="JsonException"/> when it is not this record.</summary>
    public static RunDescriptor Parse(string json) =>
        JsonSerializer.Deserialize<RunDescriptor>(json, JsonOptions)
        ?? throw new JsonException("The run attachment body is null.");

    /// <summary>The attachment body for this record.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}
