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
