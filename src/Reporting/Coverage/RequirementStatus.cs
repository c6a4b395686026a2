using Cdp.TicketE2E.Reporting.Model;

namespace Cdp.TicketE2E.Reporting.Coverage;

/// <summary>
/// Xray-style status of a requirement on one platform (and overall). Declared best to worst: when several apply,
/// the worst wins (OK &lt; NOT RUN &lt; UNKNOWN &lt; UNCOVERED &lt; NOK).
/// </summary>
public enum RequirementStatus
{
    /// <summary>Every mapped scenario passed.</summary>
    Ok,

    /// <summary>Mapped, but at least one scenario was not executed in this run (filtered out, or its target could not arrange it).</summary>
    NotRun,

    /// <summary>At least one scenario has undefined, pending, ambiguous or unknown steps.</summary>
    Unknown,

    /// <summary>No scenario maps to it (on that platform).</summary>
    Uncovered,

    /// <summary>At least one mapped scenario failed (or was flaky under <see cref="FlakyPolicy.CountsAsFailing"/>).</summary>
    Nok,
}

/// <summary>The rules that turn scenario results into requirement statuses.</summary>
public static class RequirementStatusRules
{
    /// <summary>What one scenario's result says about the requirements it maps to.</summary>
    public static RequirementStatus Of(ScenarioStatus status, FlakyPolicy policy) => status switch
    {
        ScenarioStatus.Passed => RequirementStatus.Ok,
        ScenarioStatus.Flaky => policy == FlakyPolicy.CountsAsPassing ? RequirementStatus.Ok : RequirementStatus.Nok,
        ScenarioStatus.Failed => RequirementStatus.Nok,
        ScenarioStatus.NotRun or ScenarioStatus.Skipped => RequirementStatus.NotRun,
        _ => RequirementStatus.Unknown,
    };

    /// <summary>The worst of several statuses; UNCOVERED when there are none.</summary>
    public static RequirementStatus Worst(IEnumerable<RequirementStatus> statuses) =>
        statuses.DefaultIfEmpty(RequirementStatus.Uncovered).Max();
}
