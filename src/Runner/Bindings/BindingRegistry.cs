using System.Reflection;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Runner.Bindings;

/// <summary>Every step definition and hook found on [Binding] classes, and step lookup by text.</summary>
public sealed class BindingRegistry
{
    private BindingRegistry(IReadOnlyList<StepBinding> steps, IReadOnlyList<HookBinding> hooks)
    {
        Steps = steps;
        Hooks = hooks;
    }

    /// <summary>All step definitions.</summary>
    public IReadOnlyList<StepBinding> Steps { get; }

    /// <summary>All hooks.</summary>
    public IReadOnlyList<HookBinding> Hooks { get; }

    /// <summary>Scans the [Binding] classes of the given assemblies.</summary>
    public static BindingRegistry FromAssemblies(params Assembly[] assemblies) =>
        FromTypes(assemblies.SelectMany(a => a.GetTypes()).Where(t => t.GetCustomAttribute<BindingAttribute>() is not null));

    /// <summary>Scans the given [Binding] classes only (tests use this to build small registries).</summary>
    public static BindingRegistry FromTypes(IEnumerable<Type> bindingTypes)
    {
        var steps = new List<StepBinding>();
        var hooks = new List<HookBinding>();
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var method in bindingTypes.OrderBy(t => t.FullName, StringComparer.Ordinal).SelectMany(t => t.GetMethods(flags)))
        {
            foreach (var step in method.GetCustomAttributes<StepDefinitionBaseAttribute>())
                steps.Add(new StepBinding($"sd-{steps.Count + 1}", new StepExpression(step.Expression), KindOf(step), method));
            foreach (var hook in method.GetCustomAttributes<HookAttribute>())
                hooks.Add(CreateHook($"hook-{hooks.Count + 1}", hook, method));
        }
        return new BindingRegistry(steps, hooks);
    }

    /// <summary>Finds the bindings a step's text matches. Never throws: the result says undefined or ambiguous.</summary>
    public StepMatch Match(string stepText, PickleStepType stepType = PickleStepType.UNKNOWN)
    {
        var candidates = Steps
            .Where(s => s.Answers(stepType))
            .Select(s => (Definition: s, Arguments: s.Expression.Match(stepText)))
            .Where(c => c.Arguments is not null)
            .Select(c => (c.Definition, (IReadOnlyList<StepArgument>)c.Arguments!))
            .ToList();
        var kind = candidates.Count switch { 0 => StepMatchKind.Undefined, 1 => StepMatchKind.Matched, _ => StepMatchKind.Ambiguous };
        return new StepMatch(kind, candidates);
    }

    /// <summary>The hooks of one kind that apply to a scenario's tags, in order.</summary>
    public IReadOnlyList<HookBinding> HooksFor(HookKind kind, IReadOnlyCollection<string> scenarioTags) =>
        Hooks.Where(h => h.Kind == kind && h.AppliesTo(scenarioTags)).OrderBy(h => h.Order).ToList();

    private static PickleStepType? KindOf(StepDefinitionBaseAttribute attribute) => attribute switch
    {
        GivenAttribute => PickleStepType.CONTEXT,
        WhenAttribute => PickleStepType.ACTION,
        ThenAttribute => PickleStepType.OUTCOME,
        _ => null,
    };

    private static HookBinding CreateHook(string id, HookAttribute attribute, MethodInfo method)
    {
        var kind = attribute switch
        {
            BeforeTestRunAttribute => HookKind.BeforeTestRun,
            AfterTestRunAttribute => HookKind.AfterTestRun,
            BeforeScenarioAttribute => HookKind.BeforeScenario,
            AfterScenarioAttribute => HookKind.AfterScenario,
            BeforeStepAttribute => HookKind.BeforeStep,
            _ => HookKind.AfterStep,
        };
        if (kind is HookKind.BeforeTestRun or HookKind.AfterTestRun && !method.IsStatic)
            throw new InvalidOperationException(
                $"{method.DeclaringType?.Name}.{method.Name} is a [{kind}] hook and must be static: it runs outside any scenario.");
        return new HookBinding(id, kind, attribute.Tags, attribute.Order, method);
    }
}
