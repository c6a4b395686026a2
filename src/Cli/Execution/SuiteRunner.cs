using Cdp.TicketE2E.Cli.Output;
using Cdp.TicketE2E.Cli.Progress;
using Cdp.TicketE2E.FeatureFiles;
using Cdp.TicketE2E.Cli.Planning;
using Cdp.TicketE2E.Reporting;
using Cdp.TicketE2E.Reporting.Commands;
using Cdp.TicketE2E.Reporting.Reading;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>
/// Runs the suite as its own test runner (<see cref="SuiteHost"/>; a plain dotnet test executes the same test cases the
/// same way), passing settings as E2E__* variables, then writes the coverage report and prints the
/// Lane-A verdict; what it shows meanwhile depends on --quiet / --verbose (<see cref="RunConsole"/>), and run.log keeps
/// everything. Its exit code is the tests' (any failure is non-zero), or the gate's with --gate;
/// 2 when the run cannot start (bad configuration, a feature that does not parse, a selection that
/// matches nothing) or ran nothing, in which case no report is written or left looking current.
/// </summary>
internal sealed class SuiteRunner(TextWriter output, ConsoleStyle? consoleStyle = null)
{
    private readonly ConsoleStyle style = consoleStyle ?? ConsoleStyle.Plain;

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
        var environment = RunEnvironment.Of(options).ToDictionary();

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
        var selected = plan?.Scenarios.ToList() ?? features!.Scenarios.Where(s => options.Selection.Matches(s.DisplayName, s.Tags) != false).ToList();
        await using var console = new RunConsole(output, style, options.Output, options.ReportsDirectory, RunTally.Of(selected));
        if (plan is not null) console.Say(plan.Headline + ".");
        console.Say($"Running {(options.Selection.IsEverything ? "the full suite" : options.Selection.Describe())}, {options.Workers} worker(s)" +
                    $"{(options.Profile is null ? "" : $", profile {options.Profile}")}, reports in {options.ReportsDirectory}");
        var hostResults = new HostResults();
        void HostLine(string line)
        {
            hostResults.Line(line);
            console.HostLine(line);
        }
        var testsExitCode = (options.Cold ? null : await WarmHostClient.TryRunAsync(arguments, environment, console, HostLine, cancellation))
                            ?? await Processes.RunAsync("dotnet", arguments, environment, cancellation, HostLine);
        await console.HostEndedAsync();
        console.Say("");
        var stream = Path.Combine(options.ReportsDirectory, ReportFiles.Stream);
        if (!File.Exists(stream))
        {
            console.Say($"The run executed no scenario, so there is nothing to report (the test host's output is in {console.LogPath}; --verbose shows it " +
                        "as it runs). Check the selection with ./e2e run --list and the same options.", evenWhenQuiet: true);
            return 2;
        }
        var ranKeys = plan is not null
            ? plan.Scenarios.Select(s => s.Key).ToHashSet()
            : selected.Where(s => options.Selection.Matches(s.DisplayName, s.Tags) == true).Select(s => s.Key).ToHashSet();
        ShowResults(console, stream, ranKeys, options.ReportsDirectory);
        var gateExitCode = ReportingCommands.Report(options.Report with
        {
            HostCounts = hostResults.Counts,
            // Only the merge of all shards is a run of the selection; a shard in the history would also shift the next shards' plan.
            HistorySkipReason = plan?.IsShard == true ? "it is one shard; record the merge of all shards (./e2e report --merge)." : null,
        }, console.Verdict, console.Notes);
        return options.ExitWithGate ? gateExitCode : testsExitCode;
    }

    // A stream the reporting cannot read gets its error from the report that follows; the summary simply stays out.
    private static void ShowResults(RunConsole console, string stream, IReadOnlySet<string> selected, string reportsDirectory)
    {
        try
        {
            console.Results(RunModelReader.Read(StreamFile.Read(stream)).Scenarios, selected, reportsDirectory);
        }
        catch (BadInputException)
        {
        }
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
