using Cdp.TicketE2E.FeatureFiles;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Specs.Traceability;

/// <summary>
/// Every step of every scenario must bind to exactly one step definition in its scope, and every step definition must
/// be used by some step. The caller's dry run decides; each distinct (keyword type, text, tags) is asked once, and a
/// finding points at the line of the step in the feature file.
/// </summary>
internal sealed class StepBindingRule(FeatureSet features, IStepBindings bindings)
{
    private readonly Dictionary<(PickleStepType, string, string), StepBindingResult> answers = [];

    public IEnumerable<LintFinding> Check()
    {
        var stepLines = StepLines(features.Documents);
        foreach (var scenario in features.Scenarios)
        foreach (var step in scenario.Pickle.Steps)
        {
            var result = Bind(scenario, step);
            if (result.Status == StepBindingStatus.Bound) continue;
            var line = step.AstNodeIds.Count > 0 && stepLines.TryGetValue(step.AstNodeIds[0], out var l) ? l : scenario.Line;
            var at = new SourceLocation(scenario.Uri, line);
            var detail = string.IsNullOrWhiteSpace(result.Detail) ? "" : $" ({result.Detail})";
            yield return result.Status switch
            {
                StepBindingStatus.Ambiguous => new LintFinding(LintFindingKind.AmbiguousStep, at, step.Text,
                    $"Step '{step.Text}' matches more than one step definition{detail}.",
                    "Make the competing step expressions distinct, or remove the duplicate definition."),
                StepBindingStatus.OutOfScope => new LintFinding(LintFindingKind.OutOfScopeStep, at, step.Text,
                    $"Step '{step.Text}' matches only step definitions scoped to other tags{detail}.",
                    "Tag the scenario for the platform the step belongs to, or use the step this platform binds (features/README.md)."),
                _ => new LintFinding(LintFindingKind.UndefinedStep, at, step.Text,
                    $"Step '{step.Text}' matches no step definition{detail}.",
                    "Add a step definition for it under src/Steps, or reword the step to one the vocabulary already binds (features/README.md)."),
            };
        }
        foreach (var unused in bindings.Unused())
            yield return new LintFinding(LintFindingKind.UnusedStepDefinition, new SourceLocation("src/Steps", 1), unused,
                $"The step definition {unused} matches no step of any scenario.", "Remove it, or write the scenario that needs it.");
    }

    private StepBindingResult Bind(ScenarioCase scenario, PickleStep step)
    {
        var key = (step.Type, step.Text, string.Join(' ', scenario.Tags));
        if (!answers.TryGetValue(key, out var result)) answers[key] = result = bindings.Bind(scenario, step);
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
