using System.Globalization;
using System.Text.Json;
using Cdp.TicketE2E.Reporting.Output;

namespace Cdp.TicketE2E.Reporting.History;

/// <summary>
/// A folder of run records, one JSON file per run, named so that a listing sorts by time. Saving the same run
/// again overwrites its file, so re-running a report never duplicates a run. CI keeps the folder between jobs.
/// </summary>
/// <param name="directory">The history folder (created on first save).</param>
public sealed class HistoryStore(string directory)
{
    /// <summary>The history folder.</summary>
    public string Directory { get; } = directory;

    /// <summary>Writes (or rewrites) the run's record and returns its path.</summary>
    public string Save(HistoryRecord record)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var stamp = record.StartedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var path = Path.Combine(Directory, $"{stamp}-{SafeName(record.RunId)}.json");
        // Write then move, so a concurrent reader (another shard's report) never sees half a record.
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(record, ReportJson.Options));
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>The most recent records, oldest first, one per run id; unreadable files are skipped and named in <c>Problems</c>.</summary>
    public (IReadOnlyList<HistoryRecord> Records, IReadOnlyList<string> Problems) ReadRecent(int count)
    {
        if (!System.IO.Directory.Exists(Directory)) return ([], []);
        var records = new List<HistoryRecord>();
        var problems = new List<string>();
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*.json"))
        {
            try
            {
                records.Add(JsonSerializer.Deserialize<HistoryRecord>(File.ReadAllText(file), ReportJson.StrictReadOptions)
                            ?? throw new JsonException("the file holds null"));
            }
            catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
            {
                problems.Add($"History file {file} was skipped: {e.Message}");
            }
        }
        var recent = records
            .GroupBy(r => r.RunId).Select(g => g.Last())
            .OrderBy(r => r.StartedAt).ThenBy(r => r.RunId, StringComparer.Ordinal)
            .TakeLast(count).ToList();
        return (recent, problems);
    }

    private static string SafeName(string runId) =>
        string.Concat(runId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
