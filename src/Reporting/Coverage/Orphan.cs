using Cdp.TicketE2E.Reporting.Model;

namespace Cdp.TicketE2E.Reporting.Coverage;

/// <summary>Why a scenario does not trace to the catalog.</summary>
public enum OrphanProblem
{
    /// <summary>It has no <c>@req:</c> tag.</summary>
    NoRequirementTag,

    /// <summary>A <c>@req:</c> tag names an id the catalog does not have.</summary>
    UnknownRequirement,

    /// <summary>It has neither <c>@web</c> nor <c>@mobile</c>, so it shows nothing about any platform.</summary>
    NoPlatformTag,
}

/// <summary>A scenario that does not trace to the catalog: it proves nothing and fails the gate.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Problems">What is wrong, one entry per problem.</param>
/// <param name="Message">A sentence naming the file, line, and the tags to fix.</param>
public sealed record Orphan(ScenarioResult Scenario, IReadOnlyList<OrphanProblem> Problems, string Message);
