using System.Reflection;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Runner.Bindings;

/// <summary>One step binding: an expression, the keyword kind it answers to, and the method it calls.</summary>
public sealed record StepBinding(string Id, StepExpression Expression, PickleStepType? Kind, MethodInfo Method)
{
    /// <summary>"Class.Method" — how errors and messages name the binding.</summary>
    public string MethodName => $"{Method.DeclaringType?.Name}.{Method.Name}";

    /// <summary>The attribute keyword, for messages: Given, When, Then or StepBinding.</summary>
    public string Keyword => Kind switch
    {
        PickleStepType.CONTEXT => "Given",
        PickleStepType.ACTION => "When",
        PickleStepType.OUTCOME => "Then",
        _ => "StepDefinition",
    };

    /// <summary>True when this binding can serve a step of the given kind (Given/When/Then; * serves any).</summary>
    public bool Answers(PickleStepType stepType) =>
        Kind is null || stepType is PickleStepType.UNKNOWN || Kind == stepType;

    /// <summary>How the binding reads in an ambiguity or lint message.</summary>
    public override string ToString() => $"[{Keyword}(\"{Expression.Source}\")] {MethodName}";
}

/// <summary>The kinds of hook, in the order a run meets them.</summary>
public enum HookKind { BeforeTestRun, BeforeScenario, BeforeStep, AfterStep, AfterScenario, AfterTestRun }

/// <summary>One hook binding: its kind, tag scope and order.</summary>
public sealed record HookBinding(string Id, HookKind Kind, IReadOnlyList<string> Tags, int Order, MethodInfo Method)
{
    /// <summary>True when the hook applies to a scenario with these tags (tags given with their @).</summary>
    public bool AppliesTo(IReadOnlyCollection<string> scenarioTags) =>
        Tags.Count == 0 || Tags.Any(t => scenarioTags.Contains(t.StartsWith('@') ? t : "@" + t));

    /// <summary>"Class.Method" — how reports name the hook.</summary>
    public string MethodName => $"{Method.DeclaringType?.Name}.{Method.Name}";
}
