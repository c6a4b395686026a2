namespace Cdp.TicketE2E.Runner.Bindings;

/// <summary>
/// Thrown by a step that the target under test cannot arrange or observe (e.g. a fake's switch against real backends).
/// The scenario ends SKIPPED with this reason and the rest of its steps are not run: reported NOT RUN, never passed.
/// </summary>
public sealed class PreconditionUnavailableException(string reason) : Exception(reason);
