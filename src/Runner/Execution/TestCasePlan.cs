using Cdp.TicketE2E.Runner.Bindings;
using Cdp.TicketE2E.Runner.Features;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Runner.Execution;

/// <summary>One planned test step: a scenario hook, or a pickle step with what it matched.</summary>
internal sealed record PlannedStep(string Id, string Text, HookBinding? Hook, PickleStep? PickleStep, StepMatch? Match, string? Snippet);

/// <summary>The test steps of one attempt: Before hooks, the pickle's steps (matched once, up front), After hooks.</summary>
internal sealed record TestCasePlan(string TestCaseId, IReadOnlyList<PlannedStep> Steps)
{
    public static TestCasePlan Create(ScenarioCase scenario, BindingRegistry bindings)
    {
        var steps = new List<PlannedStep>();
        foreach (var hook in bindings.HooksFor(HookKind.BeforeScenario, scenario.Tags))
            steps.Add(new PlannedStep(NewId(), $"Before hook {hook.MethodName}", hook, null, null, null));
        foreach (var pickleStep in scenario.Pickle.Steps)
        {
            var match = bindings.Match(pickleStep.Text, pickleStep.Type);
            var snippet = match.Kind == StepMatchKind.Undefined
                ? SnippetGenerator.For(pickleStep.Text, pickleStep.Type, pickleStep.Argument?.DataTable is not null, pickleStep.Argument?.DocString is not null)
                : null;
            steps.Add(new PlannedStep(NewId(), pickleStep.Text, null, pickleStep, match, snippet));
        }
        // After hooks: ascending Order as declared, like Reqnroll.
        foreach (var hook in bindings.HooksFor(HookKind.AfterScenario, scenario.Tags).Append(ScenarioTeardown.Hook))
            steps.Add(new PlannedStep(NewId(), $"After hook {hook.MethodName}", hook, null, null, null));
        return new TestCasePlan(NewId(), steps);
    }

    public List<TestStep> ToMessages() => Steps.Select(step => new TestStep(
        hookId: step.Hook?.Id!,
        id: step.Id,
        pickleStepId: step.PickleStep?.Id!,
        stepDefinitionIds: step.Match?.Candidates.Select(c => c.Definition.Id).ToList()!,
        stepMatchArgumentsLists: step.Match?.Candidates.Select(c => new StepMatchArgumentsList(
            c.Arguments.Select(a => new StepMatchArgument(new Group([], a.Start, a.Value!), a.ParameterTypeName)).ToList())).ToList()!))
        .ToList();

    private static string NewId() => Guid.NewGuid().ToString();
}
