using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Runner.Execution;

/// <summary>The outcome of one step or hook in one attempt.</summary>
public sealed record StepOutcome(string Text, TestStepResultStatus Status, TimeSpan Duration, string? Message);

/// <summary>The outcome of one attempt at a scenario.</summary>
public sealed record AttemptResult(int Attempt, TestStepResultStatus Status, IReadOnlyList<StepOutcome> Steps, string? EvidenceDirectory)
{
    /// <summary>The first step that did not pass (a skipped one only when it says why), or null.</summary>
    public StepOutcome? FirstProblem => Steps.FirstOrDefault(Tells);

    /// <summary>A step worth reporting: not passed, and not merely skipped after an earlier one.</summary>
    internal static bool Tells(StepOutcome step) =>
        step.Status != TestStepResultStatus.PASSED && (step.Status != TestStepResultStatus.SKIPPED || step.Message is not null);
}

/// <summary>The outcome of a scenario across its attempts (retries).</summary>
public sealed record ScenarioResult(string ScenarioName, IReadOnlyList<AttemptResult> Attempts)
{
    /// <summary>The status of the last attempt.</summary>
    public TestStepResultStatus Status => Attempts[^1].Status;

    /// <summary>True when an attempt failed and a later one passed.</summary>
    public bool Flaky => Status == TestStepResultStatus.PASSED && Attempts.Count > 1;

    /// <summary>A report of the last attempt, written for a QA engineer: which step, what went wrong, where the evidence is.</summary>
    public string Describe()
    {
        var last = Attempts[^1];
        var lines = new List<string> { $"Scenario \"{ScenarioName}\" {Status}{(Attempts.Count > 1 ? $" after {Attempts.Count} attempts" : "")}." };
        foreach (var step in last.Steps.Where(AttemptResult.Tells))
        {
            lines.Add($"  {step.Status} at: {step.Text}");
            if (step.Message is not null)
                lines.AddRange(step.Message.Split('\n').Select(l => "    " + l.TrimEnd('\r')));
        }
        if (last.EvidenceDirectory is not null && Directory.Exists(last.EvidenceDirectory))
            lines.Add($"  Evidence: {last.EvidenceDirectory}");
        return string.Join(Environment.NewLine, lines);
    }
}
