using Cdp.TicketE2E.Configuration;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>One variable ./e2e run hands the test host, and the option (or the run itself) it comes from.</summary>
internal sealed record RunVariable(string Name, string Value, string Origin);

/// <summary>
/// The variables ./e2e run passes to the test host: its options as E2E__* settings (the host reads them like any other
/// environment variable), and E2E_PROFILE, so the suite loads the same profile as the command that checked it.
/// </summary>
internal static class RunEnvironment
{
    public static IReadOnlyList<RunVariable> Of(SuiteRunOptions options)
    {
        List<RunVariable> variables =
        [
            new("E2E__Run__Commit", options.Report.ExpectedCommit ?? Repository.Commit(), "./e2e run (the checkout's commit)"),
            new("E2E__Run__Selection", options.Selection.Describe(), "--tag/--req/--name/--where"),
            new("E2E__Paths__Reports", options.ReportsDirectory, "--reports"),
        ];
        if (options.Profile is { } profile) variables.Add(new(SettingsSources.ProfileVariable, profile, "--profile"));
        if (options.Retries is { } retries) variables.Add(new("E2E__Run__Retries", retries.ToString(), "--retries"));
        if (options.Headed) variables.Add(new("E2E__Browser__Headless", "false", "--headed"));
        if (options.Target is { } target) variables.Add(new("E2E__Target", target, "--target"));
        if (options.Grid is { } grid) variables.Add(new("E2E__Grid__Url", grid, "--grid"));
        for (var i = 0; i < options.SeededDefects.Count; i++) variables.Add(new($"E2E__ReferenceApps__Defects__{i}", options.SeededDefects[i], "--seed-defect"));
        return variables;
    }

    /// <summary>The variables as the child process's environment.</summary>
    public static Dictionary<string, string> ToDictionary(this IEnumerable<RunVariable> variables) => variables.ToDictionary(v => v.Name, v => v.Value);
}
