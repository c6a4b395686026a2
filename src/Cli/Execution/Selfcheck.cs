using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Reporting.Commands;
using Cdp.TicketE2E.Reporting.Model;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>
/// The kill matrix: for each in-repo target, the clean apps run the scenarios of the selected defects' requirements and
/// must pass (no false alarm); then each seeded defect runs against the scenarios of its requirements and must fail at
/// least one of them. Each run is an ordinary ./e2e run with its own reports folder and log.
/// </summary>
internal sealed class Selfcheck(TextWriter output)
{
    /// <summary>Runs the matrix; 0 only when every clean run passed and every defect was caught.</summary>
    public async Task<int> RunAsync(SelfcheckOptions options, CancellationToken cancellation)
    {
        var plan = options.Targets.SelectMany(target => SeededDefectCatalog.Of(target, Repository.Root)
                .Where(d => options.Tracks.Contains(d.Track) && (options.Defects.Count == 0 || options.Defects.Contains(d.Name, StringComparer.OrdinalIgnoreCase)))
                .Select(d => (Target: target, Defect: d)))
            .ToList();
        if (plan.Count == 0)
        {
            output.WriteLine($"No seeded defect matches the options. Defects: {string.Join(", ", options.Targets.SelectMany(t => SeededDefectCatalog.Of(t, Repository.Root)).Select(d => d.Name))}.");
            return 2;
        }
        var clean = plan.GroupBy(p => (p.Target, p.Defect.Track))
            .Select(g => new SelfcheckRun(g.Key.Target, null, g.Key.Track, g.SelectMany(p => p.Defect.Requirements).Distinct().ToList()));
        var seeded = plan.Select(p => new SelfcheckRun(p.Target, p.Defect.Name, p.Defect.Track, p.Defect.Requirements));
        var rows = new List<SelfcheckRow>();
        using var slots = new SemaphoreSlim(options.Parallel);
        await Task.WhenAll(clean.Concat(seeded).Select(async run =>
        {
            await slots.WaitAsync(cancellation);
            try
            {
                var row = await ExecuteAsync(run, options.ReportsDirectory, cancellation);
                lock (rows) rows.Add(row);
                lock (output) output.WriteLine(row.Line());
            }
            finally
            {
                slots.Release();
            }
        }));
        var report = new SelfcheckReport(rows.OrderBy(r => r.Target).ThenBy(r => r.Defect is not null).ThenBy(r => r.Defect).ToList());
        var path = report.Write(options.ReportsDirectory);
        output.WriteLine();
        output.WriteLine(report.Summary());
        output.WriteLine($"Kill matrix written to {path}.");
        return report.Passed ? 0 : 1;
    }

    private static async Task<SelfcheckRow> ExecuteAsync(SelfcheckRun run, string root, CancellationToken cancellation)
    {
        var reports = Path.Combine(root, run.Target.ToString().ToLowerInvariant(), run.Defect ?? "clean-" + run.Track);
        var selection = new ScenarioSelection([run.Track], run.Requirements, null, null);
        var report = new ReportOptions { ReportsDir = reports, CatalogPath = Path.Combine(Repository.Root, "features", "requirements.yaml"), LoadCatalog = Specs.Catalog.CatalogLoader.Load };
        var (scenarios, logPath) = await LoggedRun.RunAsync(new SuiteRunOptions(selection, Workers: 1, Retries: 0, report, run.Defect is null ? [] : [run.Defect],
            Headed: false, Target: run.Target.ToString().ToLowerInvariant(), ExitWithGate: false), cancellation);
        var failed = scenarios?.Where(s => s.Status is ScenarioStatus.Failed).ToList();
        return new SelfcheckRow(run.Target, run.Defect, run.Track, run.Requirements,
            failed?.Select(s => new KilledBy($"{s.Pickle.Location} \"{s.Pickle.Name}\"", FirstLine(s.FinalAttempt?.Error))).ToList(),
            logPath);
    }

    private static string FirstLine(string? error) => error?.Split('\n', 2)[0].Trim() ?? "(no message)";
}

/// <summary>What ./e2e selfcheck was asked to check.</summary>
internal sealed record SelfcheckOptions(IReadOnlyList<TargetKind> Targets, IReadOnlyList<string> Tracks, IReadOnlyList<string> Defects, int Parallel, string ReportsDirectory);

/// <summary>One run of the matrix: a target with one defect seeded (or none: the clean run) on one track, over some requirements.</summary>
internal sealed record SelfcheckRun(TargetKind Target, string? Defect, string Track, IReadOnlyList<string> Requirements);
