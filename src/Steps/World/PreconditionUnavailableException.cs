using NUnit.Framework;

namespace Cdp.TicketE2E.Steps.World;

/// <summary>
/// Thrown by a step when the target cannot arrange or observe what the scenario needs (a deployed build without the fakes):
/// an NUnit ignore, so Reqnroll marks the step SKIPPED and the scenario is NOT RUN with this reason, never passed or failed.
/// </summary>
public sealed class PreconditionUnavailableException(string reason) : IgnoreException(reason);
