using Cdp.TicketE2E.Runner.Features;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Specs.Traceability;

/// <summary>
/// Every step of every scenario must bind to exactly one step definition. The caller's dry run
/// decides; each distinct (keyword type, text) is asked once, and a finding points at the line
/// of the step in the feature file (a Background step is reported once, not per scenario).
/// </summary>
internal sealed class StepBindingRule(FeatureSet features, Func<PickleStep, StepBindingResult> bindStep)
{
    private readonly Dictionary<(PickleStepType, string), StepBindingResult> answers = [];

    public IEnumerable<LintFinding> Check()
    {
        var stepLines = StepLines(features.Documents);
        foreach (var scenario in features.Scenarios)
        foreach (var step in scenario.Pickle.Steps)
        {
            var result = Bind(step);
            if (result.Status == StepBindingStatus.Bound) continue;
            var line = step.AstNodeIds.Count > 0 && stepLines.TryGetValue(step.AstNodeIds[0], out var l) ? l : scenario.Line;
            var at = new SourceLocation(scenario.Uri, line);
            var detail = string.IsNullOrWhiteSpace(result.Detail) ? "" : $" ({result.Detail})";
            yield return result.Status == StepBindingStatus.Ambiguous
                ? new LintFinding(LintFindingKind.AmbiguousStep, at, step.Text,
                    $"Step '{step.Text}' matches more than one step definition{detail}.",
                    "Make the competing step expressions distinct, or remove the duplicate definition.")
                : new LintFinding(LintFindingKind.UndefinedStep, at, step.Text,
                    $"Step '{step.Text}' matches no step definition{detail}.",
                    "Add a step definition for it under src/Steps, or reword the step to one the vocabulary already binds (features/README.md).");
        }
    }

    private StepBindingResult Bind(PickleStep step)
    {
        var key = (step.Type, step.Text);
        if (!answers.TryGetValue(key, out var result)) answers[key] = result = bindStep(step);
        return result;
    }

    /// <summary>Line of every step in the parsed documents, by AST node id (ids are unique across a feature set).</summary>
    private static Dictionary<string, long> StepLines(IEnumerable<GherkinDocument> documents)
    {
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        void Add(IEnumerable<Step>? steps)
        {
            foreach (var step in steps ?? []) lines[step.Id] = step.Location.Line;
        }
        foreach (var child in documents.SelectMany(d => d.Feature?.Children ?? []))
        {
            Add(child.Background?.Steps);
            Add(child.Scenario?.Steps);
            foreach (var ruleChild in child.Rule?.Children ?? [])
            {
                Add(ruleChild.Background?.Steps);
                Add(ruleChild.Scenario?.Steps);
            }
        }
        return lines;
    }
}
