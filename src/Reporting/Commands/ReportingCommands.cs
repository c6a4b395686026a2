using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Reporting.Gate;
using Cdp.TicketE2E.Reporting.History;
using Cdp.TicketE2E.Reporting.Merge;
using Cdp.TicketE2E.Reporting.Output;
using Cdp.TicketE2E.Reporting.Reading;

namespace Cdp.TicketE2E.Reporting.Commands;

/// <summary>Exit codes of the reporting commands.</summary>
public static class ExitCodes
{
    /// <summary>The Lane-A gate passed.</summary>
    public const int GatePassed = 0;

    /// <summary>The Lane-A gate failed; the reasons were printed.</summary>
    public const int GateFailed = 1;

    /// <summary>The inputs could not be read or merged; the message says why and what to do.</summary>
    public const int BadInput = 2;
}

/// <summary>
/// What the CLI calls: <c>./e2e report</c>, <c>./e2e gate</c>, <c>./e2e report --merge</c>, and the verdict that
/// <c>./e2e run</c> prints. Every command returns an exit code from <see cref="ExitCodes"/> and writes plain text.
/// </summary>
public static class ReportingCommands
{
    private const int MaxReasonsPrinted = 30;

    /// <summary>
    /// Writes coverage.html/json/md and junit.xml, records the run in the history, prints the files and the verdict.
    /// <paramref name="fileNotes"/>, when given, takes the "wrote …" and "recorded …" lines instead (./e2e run --quiet keeps them in its log).
    /// </summary>
    public static int Report(ReportOptions options, TextWriter output, TextWriter? fileNotes = null) => Guard(output, () =>
    {
        var notes = fileNotes ?? output;
        var report = ReportInputs.Analyze(options);
        var trend = RecordHistory(report, options, notes);
        foreach (var (path, bytes) in ReportFiles.WriteAll(report, trend, options.ReportsDir))
            notes.WriteLine($"wrote {path} ({bytes / 1024.0:0.0} KiB)");
        return PrintVerdict(report, output);
    });

    /// <summary>Judges the stream without writing anything; prints the verdict and every reason.</summary>
    public static int Gate(GateOptions options, TextWriter output) => Guard(output, () => PrintVerdict(ReportInputs.Analyze(options), output));

    /// <summary>Merges the inputs into the report's stream path (refusing different commits), then runs <see cref="Report"/> on it.</summary>
    public static int Merge(MergeOptions options, TextWriter output) => Guard(output, () =>
    {
        var target = options.Report.ResolvedStreamPath;
        var inputs = MergeInputs.Expand(options.Inputs, target).Select(ShardStream.Read).ToList();
        var merged = StreamMerger.Merge(inputs, Path.GetDirectoryName(Path.GetFullPath(target))!);
        StreamFile.Write(target, merged.Envelopes);
        foreach (var note in merged.Notes) output.WriteLine(note);
        output.WriteLine($"wrote {target}");
        return Report(options.Report, output);
    });

    /// <summary>The one-paragraph verdict (or, for unreadable inputs, what is wrong with them), without writing anything.</summary>
    public static string Verdict(GateOptions options)
    {
        try
        {
            return VerdictText.Of(ReportInputs.Analyze(options));
        }
        catch (BadInputException e)
        {
            return $"No verdict: {e.Message}";
        }
    }

    private static TrendView RecordHistory(CoverageReport report, ReportOptions options, TextWriter output)
    {
        var store = new HistoryStore(options.ResolvedHistoryDir);
        var record = HistoryRecord.From(report);
        var notes = new List<string>();
        // Stale, mixed or unfinished results must not enter the trend: they would be counted as a run of the code.
        if (report.Gate.Reasons.Any(r => r.Kind == GateReasonKind.Stream) || record is null)
            notes.Add("This run was not added to the history: its stream is not one finished run of a known commit.");
        else if (options.HistorySkipReason is { } reason)
        {
            notes.Add($"This run was not added to the history: {reason}");
            output.WriteLine($"not recorded in the history: {reason}");
        }
        else
            output.WriteLine($"recorded run {record.RunId} in {store.Save(record)}");
        var (records, problems) = store.ReadRecent(options.TrendRuns);
        return TrendView.From(records, report.Run.Run.Id, problems.Concat(notes).ToList());
    }

    private static int PrintVerdict(CoverageReport report, TextWriter output)
    {
        output.WriteLine(VerdictText.Of(report));
        foreach (var reason in report.Gate.Reasons.Take(MaxReasonsPrinted)) output.WriteLine($"  - {reason.Message}");
        if (report.Gate.Reasons.Count > MaxReasonsPrinted)
            output.WriteLine($"  … and {report.Gate.Reasons.Count - MaxReasonsPrinted} more (see coverage.md / coverage.json).");
        return report.Gate.Passed ? ExitCodes.GatePassed : ExitCodes.GateFailed;
    }

    private static int Guard(TextWriter output, Func<int> command)
    {
        try
        {
            return command();
        }
        catch (BadInputException e)
        {
            output.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"error: {e.Message} Check that the reports and history folders exist and are writable.");
            return ExitCodes.BadInput;
        }
    }
}
