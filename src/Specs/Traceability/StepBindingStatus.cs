using Cdp.TicketE2E.FeatureFiles;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Specs.Traceability;

/// <summary>What a dry run of the step bindings says about one step text.</summary>
public enum StepBindingStatus
{
    /// <summary>Exactly one step definition matches.</summary>
    Bound,

    /// <summary>No step definition matches.</summary>
    Undefined,

    /// <summary>More than one step definition matches.</summary>
    Ambiguous,

    /// <summary>A step definition matches the text, but it is scoped to tags the scenario does not carry.</summary>
    OutOfScope,
}

/// <summary>
/// The binding dry run the lint asks; nothing executes. What one step binds to within its scenario (a scoped binding
/// depends on the scenario's tags), and, once every step was asked, which step definitions no step used.
/// </summary>
public interface IStepBindings
{
    /// <summary>Whether exactly one step definition in scope matches the step.</summary>
    StepBindingResult Bind(ScenarioCase scenario, PickleStep step);

    /// <summary>The step definitions no asked step matched, each as <c>Class.Method "expression"</c>.</summary>
    IReadOnlyList<string> Unused();
}

/// <summary>
/// The answer of the caller's binding dry run for one step: a status and an optional detail
/// (for an ambiguous step, which definitions matched). A bare status converts implicitly, so
/// <c>step =&gt; StepBindingStatus.Bound</c> is a valid dry run.
/// </summary>
/// <param name="Status">Whether the step is bound.</param>
/// <param name="Detail">Optional explanation shown in the finding, e.g. the competing definitions.</param>
public readonly record struct StepBindingResult(StepBindingStatus Status, string? Detail = null)
{
    /// <summary>A result with no detail.</summary>
    public static implicit operator StepBindingResult(StepBindingStatus status) => new(status);
}
