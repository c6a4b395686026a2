using Cdp.TicketE2E.Specs.Catalog;

namespace Cdp.TicketE2E.Reporting.Gate;

/// <summary>What kind of rule a gate reason breaks.</summary>
public enum GateReasonKind
{
    /// <summary>The stream is not exactly one finished run of one known commit (stale, mixed or broken results).</summary>
    Stream,

    /// <summary>A feature file did not parse.</summary>
    ParseError,

    /// <summary>A scenario does not trace to the catalog.</summary>
    Orphan,

    /// <summary>A step has no binding.</summary>
    UndefinedStep,

    /// <summary>A step matches several bindings.</summary>
    AmbiguousStep,

    /// <summary>A requirement is not OK on one of its platforms.</summary>
    Requirement,
}

/// <summary>One reason the Lane-A gate does not pass, precise enough to act on.</summary>
/// <param name="Kind">The rule broken.</param>
/// <param name="Message">One sentence naming the requirement, platform and/or scenario file:line, and what to do.</param>
/// <param name="RequirementId">The requirement concerned, if any.</param>
/// <param name="Platform">The platform concerned, if any.</param>
/// <param name="Location">The <c>file:line</c> concerned, if any (the first one when several).</param>
public sealed record GateReason(
    GateReasonKind Kind,
    string Message,
    string? RequirementId = null,
    Platform? Platform = null,
    string? Location = null);
