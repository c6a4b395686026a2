namespace Cdp.TicketE2E.Runner.Bindings;

/// <summary>
/// Thrown by a step whose automation is not written yet. The scenario ends PENDING, which the
/// coverage report counts as not covered, never as passed.
/// </summary>
public sealed class PendingStepException(string reason) : Exception(reason);
