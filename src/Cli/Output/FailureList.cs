using Cdp.TicketE2E.Reporting.Model;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Cli.Output;

/// <summary>
/// The failed scenarios after a run, from the message stream: where each failed (the first step or hook that did not
/// pass), the error without its stack trace, and the evidence folder. What --quiet keeps besides the verdict.
/// </summary>
internal static class FailureList
{
    private const int MessageLines = 10;

    public static void Write(IReadOnlyList<ScenarioResult> scenarios, string reportsDirectory, TextWriter output)
    {
        var failed = scenarios.Where(s => RunSummary.IsFailure(s.Status)).ToList();
        if (failed.Count == 0) return;
        output.WriteLine($"Failed scenarios ({failed.Count}):");
        foreach (var scenario in failed)
        {
            output.WriteLine($"  {scenario.Status.ToString().ToUpperInvariant()}  {RunSummary.PlatformOf(scenario.Pickle)}  {scenario.Pickle.Name} [{scenario.Pickle.Location}]");
            var attempt = scenario.FinalAttempt;
            var step = attempt?.Steps.FirstOrDefault(s => s.Error is not null)
                       ?? attempt?.Steps.FirstOrDefault(s => s.Status is not (TestStepResultStatus.PASSED or TestStepResultStatus.SKIPPED));
            if (step is not null) output.WriteLine($"    {step.Status} at: {step.Text}");
            foreach (var line in MessageOf(step?.Error ?? attempt?.Error)) output.WriteLine($"      {line}");
            if (attempt?.Evidence.FirstOrDefault(e => e.Url is { } url && !url.Contains("://", StringComparison.Ordinal))?.Url is { } evidence)
                output.WriteLine($"    Evidence: {Path.GetDirectoryName(Path.GetFullPath(Path.Combine(reportsDirectory, evidence)))}");
        }
        output.WriteLine();
    }

    // The message says what went wrong; the stack trace that follows it is in the reports and run.log.
    private static IEnumerable<string> MessageOf(string? error) =>
        (error ?? "").Split('\n').Select(l => l.TrimEnd('\r')).TakeWhile(l => !l.TrimStart().StartsWith("at ", StringComparison.Ordinal))
            .Where(l => l.Trim().Length > 0).Take(MessageLines);
}
