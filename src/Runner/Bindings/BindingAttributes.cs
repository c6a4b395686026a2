namespace Cdp.TicketE2E.Runner.Bindings;

// Attribute names follow Reqnroll's, so moving the suite to Reqnroll later is a namespace change.

/// <summary>Marks a class whose methods are step definitions or hooks.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class BindingAttribute : Attribute;

/// <summary>
/// Marks a class of which one instance serves the whole test run (a browser pool, settings),
/// instead of one per scenario. It is created on first use and disposed after the run.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RunScopedAttribute : Attribute;

/// <summary>Base of the step attributes: a Cucumber Expression, or a regular expression when it starts with ^ or ends with $.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public abstract class StepDefinitionBaseAttribute(string expression) : Attribute
{
    /// <summary>The expression step text must match.</summary>
    public string Expression { get; } = expression;
}

/// <summary>A step definition for Given steps (and And/But following them).</summary>
public sealed class GivenAttribute(string expression) : StepDefinitionBaseAttribute(expression);

/// <summary>A step definition for When steps.</summary>
public sealed class WhenAttribute(string expression) : StepDefinitionBaseAttribute(expression);

/// <summary>A step definition for Then steps.</summary>
public sealed class ThenAttribute(string expression) : StepDefinitionBaseAttribute(expression);

/// <summary>A step definition for any keyword.</summary>
public sealed class StepDefinitionAttribute(string expression) : StepDefinitionBaseAttribute(expression);

/// <summary>Base of the hook attributes: optional tag scope (any of the tags) and an order (lower first).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public abstract class HookAttribute(params string[] tags) : Attribute
{
    /// <summary>The hook runs only for scenarios carrying at least one of these tags (with or without @); empty means all.</summary>
    public IReadOnlyList<string> Tags { get; } = tags;

    /// <summary>Hooks of one kind run in ascending order; After hooks too (as in Reqnroll).</summary>
    public int Order { get; set; } = 10000;
}

/// <summary>Runs once before the first scenario. The method must be static.</summary>
public sealed class BeforeTestRunAttribute : HookAttribute;

/// <summary>Runs once after the last scenario. The method must be static.</summary>
public sealed class AfterTestRunAttribute : HookAttribute;

/// <summary>Runs before each scenario (in scope).</summary>
public sealed class BeforeScenarioAttribute(params string[] tags) : HookAttribute(tags);

/// <summary>Runs after each scenario (in scope), whatever its result.</summary>
public sealed class AfterScenarioAttribute(params string[] tags) : HookAttribute(tags);

/// <summary>Runs before each step of a scenario in scope.</summary>
public sealed class BeforeStepAttribute(params string[] tags) : HookAttribute(tags);

/// <summary>Runs after each step of a scenario in scope, whatever its result.</summary>
public sealed class AfterStepAttribute(params string[] tags) : HookAttribute(tags);
