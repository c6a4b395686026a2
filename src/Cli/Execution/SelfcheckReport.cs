using System.Text.Json;
using Cdp.TicketE2E.Configuration;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>A scenario that failed in a run, with the first line of its message.</summary>
internal sealed record KilledBy(string Scenario, string Message);

/// <summary>
/// One row of the kill matrix. A clean run (no defect) passes when nothing failed; a seeded one when something did.
/// <see cref="Failed"/> is null when the run produced no results at all (it did not start; see its log).
/// </summary>
internal sealed record SelfcheckRow(TargetKind Target, string? Defect, string Track, IReadOnlyList<string> Requirements, IReadOnlyList<KilledBy>? Failed, string Log)
{
    public bool Passed => Failed is not null && (Defect is null ? Failed.Count == 0 : Failed.Count > 0);

    public string Verdict => Failed is null ? "NO RESULTS" : Defect is null ? (Passed ? "CLEAN" : "FALSE ALARM") : Passed ? "KILLED" : "SURVIVED";

    public string Line() =>
        $"{Target.ToString().ToLowerInvariant(),-9} {Defect ?? $"(clean {Track})",-28} {Verdict,-11} {string.Join(", ", Requirements)}" +
        (Failed is { Count: > 0 } f ? $" <- {f[0].Scenario}: {f[0].Message}" + (f.Count > 1 ? $" (+{f.Count - 1} more)" : "") : "") +
        (Passed ? "" : $"  [log: {Log}]");
}

/// <summary>The whole matrix: printed as a summary and written to selfcheck.json.</summary>
internal sealed record SelfcheckReport(IReadOnlyList<SelfcheckRow> Rows)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public bool Passed => Rows.All(r => r.Passed);

    public string Summary()
    {
        var seeded = Rows.Where(r => r.Defect is not null).ToList();
        var clean = Rows.Where(r => r.Defect is null).ToList();
        var failures = Rows.Where(r => !r.Passed).Select(r => $"  {r.Verdict}: {r.Target.ToString().ToLowerInvariant()} {r.Defect ?? $"clean {r.Track}"} (log: {r.Log})");
        return $"Selfcheck {(Passed ? "PASSED" : "FAILED")}: {seeded.Count(r => r.Passed)} of {seeded.Count} seeded defects killed, " +
               $"{clean.Count(r => r.Passed)} of {clean.Count} clean runs without a false alarm." +
               (Passed ? "" : "\n" + string.Join('\n', failures));
    }

    public string Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "selfcheck.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            passed = Passed,
            rows = Rows.Select(r => new
            {
                target = r.Target.ToString().ToLowerInvariant(), defect = r.Defect, r.Track, r.Requirements, verdict = r.Verdict,
                failedScenarios = r.Failed, log = r.Log,
            }),
        }, Json));
        return path;
    }
}
