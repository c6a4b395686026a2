using Cdp.TicketE2E.Reporting.Commands;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>
/// Runs the suite through dotnet test (so ./e2e run and a plain dotnet test execute the same
/// way), passing settings as E2E__* variables, then writes the coverage report and prints the
/// Lane-A verdict. Its exit code is the tests' (any failure is non-zero), or the gate's with --gate.
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
        var assembly = Repository.SuiteAssembly("Release");
        if (!File.Exists(assembly))
        {
            output.WriteLine($"The suite is not built ({assembly} is missing). Run it through ./e2e, which builds first, or: dotnet build -c Release.");
            return 2;
        }
        Directory.CreateDirectory(options.ReportsDirectory);
        var runId = Guid.NewGuid().ToString();
        var environment = new Dictionary<string, string>
        {
            ["E2E__Run__Id"] = runId,
            ["E2E__Run__Commit"] = options.Report.ExpectedCommit ?? Repository.Commit(),
            ["E2E__Run__Selection"] = options.Selection.Describe(),
            ["E2E__Paths__Reports"] = options.ReportsDirectory,
            ["E2E__Paths__Features"] = Path.Combine(Repository.Root, "features"),
        };
        if (options.Retries is { } retries) environment["E2E__Run__Retries"] = retries.ToString();
        if (options.Headed) environment["E2E__Browser__Headless"] = "false";
        if (options.Target is { } target) environment["E2E__Target"] = target;
        for (var i = 0; i < options.SeededDefects.Count; i++) environment[$"E2E__ReferenceApps__Defects__{i}"] = options.SeededDefects[i];

        List<string> arguments = ["test", assembly, "--logger", "console;verbosity=normal", "--results-directory", Path.Combine(options.ReportsDirectory, "vstest"), "--", $"NUnit.NumberOfTestWorkers={options.Workers}"];
        if (!options.Selection.IsEverything) arguments.Add($"NUnit.Where={options.Selection.ToNUnitWhere()}");
        output.WriteLine($"Run {runId}: {(options.Selection.IsEverything ? "the full suite" : options.Selection.Describe())}, {options.Workers} worker(s), reports in {options.ReportsDirectory}");
        var testsExitCode = await Processes.RunAsync("dotnet", arguments, environment, cancellation);
        output.WriteLine();
        var gateExitCode = ReportingCommands.Report(options.Report, output);
        return options.ExitWithGate ? gateExitCode : testsExitCode;
    }
}
