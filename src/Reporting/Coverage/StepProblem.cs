using Cdp.TicketE2E.Reporting.Model;

namespace Cdp.TicketE2E.Reporting.Coverage;

/// <summary>
/// A step text that is undefined or ambiguous, with every scenario that uses it: one binding (or one fix) per problem,
/// so one entry per text rather than per scenario.
/// </summary>
/// <param name="StepText">The step text without keyword, as bindings see it.</param>
/// <param name="IsAmbiguous">True when it matches several bindings; false when it matches none.</param>
/// <param name="Bindings">The bindings it matches (empty when undefined).</param>
/// <param name="Scenarios">The scenarios that ran into it.</param>
public sealed record StepProblem(string StepText, bool IsAmbiguous, IReadOnlyList<string> Bindings, IReadOnlyList<ScenarioResult> Scenarios);
