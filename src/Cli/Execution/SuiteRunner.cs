using Cdp.TicketE2E.Reporting.Commands;
using Cdp.TicketE2E.FeatureFiles;
using Cdp.TicketE2E.Cli.Planning;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>
/// Runs the suite as its own test runner (<see cref="SuiteHost"/>; a plain dotnet test executes the same test cases the
/// same way), passing settings as E2E__* variables, then writes the coverage report and prints the
/// Lane-A verdict. Its exit code is the tests' (any failure is non-zero), or the gate's with --gate;
/// 2 when the run cannot start (bad configuration, a feature that does not parse, a selection that
/// matches nothing) or ran nothing, in which case no report is written or left looking current.
/// </summary>
internal sealed class SuiteRunner(TextWriter output)
{
    public async Task<int> RunAsync(SuiteRunOptions options, CancellationToken cancellation)
    {
        if (options.Workers is < 1 or > 64)
        {
            output.WriteLine($"--workers is {options.Workers}; allowed 1 to 64.");
            return 2;
        }
        if (options.Shard is not null && ShardSpec.Parse(options.Shard).Problem is { } shardProblem)
        {
            output.WriteLine(shardProblem);
            return 2;
        }
        var assembly = Repository.SuiteAssembly("Release");
        if (!File.Exists(assembly))
        {
            output.WriteLine($"The suite is not built ({assembly} is missing). Run it through ./e2e, which builds first, or: dotnet build -c Release.");
            return 2;
        }
        var environment = new Dictionary<string, string>
        {
            ["E2E__Run__Commit"] = options.Report.ExpectedCommit ?? Repository.Commit(),
            ["E2E__Run__Selection"] = options.Selection.Describe(),
            ["E2E__Paths__Reports"] = options.ReportsDirectory,
        };
        if (options.Retries is { } retries) environment["E2E__Run__Retries"] = retries.ToString();
        if (options.Headed) environment["E2E__Browser__Headless"] = "false";
        if (options.Target is { } target) environment["E2E__Target"] = target;
        if (options.Grid is { } grid) environment["E2E__Grid__Url"] = grid;
        for (var i = 0; i < options.SeededDefects.Count; i++) environment[$"E2E__ReferenceApps__Defects__{i}"] = options.SeededDefects[i];

        var (problem, features) = Preflight.Check(options.Selection, environment, Path.GetDirectoryName(assembly)!);
        if (problem is not null)
        {
            output.WriteLine($"./e2e run did not start: {problem}");
            return 2;
        }
        // Read before the previous run is cleared: --last-failed plans from its stream.
        var (planProblem, plan) = RunPlan.Resolve(options, features!);
        if (planProblem is not null)
        {
            output.WriteLine($"./e2e run did not start: {planProblem}");
            return 2;
        }
        if (options.ListOnly) return plan?.List(output) ?? List(options.Selection, features!);
        if (plan is { Scenarios.Count: 0 })
        {
            output.WriteLine($"{plan.Headline}. Nothing to run and nothing written: the other shards run the selection (use fewer shards than scenarios).");
            return 0;
        }
        if (plan is not null) environment["E2E__Run__Selection"] = plan.Selection;
        ClearPreviousRun(options.ReportsDirectory);

        var host = Path.Combine(options.ReportsDirectory, "host");
        var where = plan is not null ? plan.ToNUnitWhere() : options.Selection.IsEverything ? null : options.Selection.ToNUnitWhere();
        var arguments = SuiteHost.Arguments(assembly, host, options.Workers, where);
        if (plan is not null) output.WriteLine(plan.Headline + ".");
        output.WriteLine($"Running {(options.Selection.IsEverything ? "the full suite" : options.Selection.Describe())}, {options.Workers} worker(s), reports in {options.ReportsDirectory}");
        var testsExitCode = await Processes.RunAsync("dotnet", arguments, environment, cancellation, log: options.Quiet ? output : null);
        output.WriteLine();
        if (!File.Exists(Path.Combine(options.ReportsDirectory, ReportFiles.Stream)))
        {
            output.WriteLine($"The run executed no scenario (see the test host's output above), so there is nothing to report. " +
                             "Check the selection with ./e2e run --list and the same options.");
            return 2;
        }
        var gateExitCode = ReportingCommands.Report(options.Report with
        {
            HostCounts = HostResults.Read(host),
            // Only the merge of all shards is a run of the selection; a shard in the history would also shift the next shards' plan.
            HistorySkipReason = plan?.IsShard == true ? "it is one shard; record the merge of all shards (./e2e report --merge)." : null,
        }, output);
        return options.ExitWithGate ? gateExitCode : testsExitCode;
    }

    // The previous run's stream, reports and evidence go before this one starts: whatever is there afterwards is this run's.
    // The history keeps the earlier runs' records.
    private static void ClearPreviousRun(string reportsDirectory)
    {
        Directory.CreateDirectory(reportsDirectory);
        foreach (var file in new[] { ReportFiles.Stream, ReportFiles.StepView, ReportFiles.Html, ReportFiles.Json, ReportFiles.Markdown, ReportFiles.JUnit })
            File.Delete(Path.Combine(reportsDirectory, file));
        foreach (var folder in new[] { "evidence", "host" }.Select(f => Path.Combine(reportsDirectory, f)).Where(Directory.Exists))
            Directory.Delete(folder, recursive: true);
    }

    private int List(ScenarioSelection selection, FeatureSet features)
    {
        var listed = features.Scenarios.Where(s => selection.Matches(s.DisplayName, s.Tags) != false).ToList();
        foreach (var scenario in listed) output.WriteLine($"{scenario.DisplayName}  {string.Join(' ', scenario.Tags)}");
        output.WriteLine(selection.Where is null ? $"{listed.Count} scenario(s)." : $"{listed.Count} scenario(s) before --where, which only the test host evaluates.");
        return 0;
    }
}
