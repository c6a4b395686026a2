using Cdp.TicketE2E.Reporting.Model;

namespace Cdp.TicketE2E.Reporting.Coverage;

/// <summary>How many items have each requirement status.</summary>
/// <param name="Total">All items.</param>
/// <param name="Ok">OK.</param>
/// <param name="Nok">NOK.</param>
/// <param name="NotRun">NOT RUN.</param>
/// <param name="Unknown">UNKNOWN.</param>
/// <param name="Uncovered">UNCOVERED.</param>
public sealed record StatusCounts(int Total, int Ok, int Nok, int NotRun, int Unknown, int Uncovered)
{
    /// <summary>Counts a sequence of statuses.</summary>
    public static StatusCounts Of(IReadOnlyCollection<RequirementStatus> statuses) => new(
        statuses.Count,
        statuses.Count(s => s == RequirementStatus.Ok),
        statuses.Count(s => s == RequirementStatus.Nok),
        statuses.Count(s => s == RequirementStatus.NotRun),
        statuses.Count(s => s == RequirementStatus.Unknown),
        statuses.Count(s => s == RequirementStatus.Uncovered));
}

/// <summary>How many scenarios ended in each way.</summary>
/// <param name="Total">Every pickle in the stream.</param>
/// <param name="Executed">Pickles executed in this run.</param>
/// <param name="Passed">Passed on the first attempt of the counting chain or without any failed attempt.</param>
/// <param name="Flaky">Failed, then passed on retry.</param>
/// <param name="Failed">Failed.</param>
/// <param name="Unknown">Undefined, ambiguous, pending, skipped or unknown.</param>
/// <param name="NotRun">Not executed.</param>
public sealed record ScenarioCounts(int Total, int Executed, int Passed, int Flaky, int Failed, int Unknown, int NotRun)
{
    /// <summary>Counts scenario results.</summary>
    public static ScenarioCounts Of(IReadOnlyCollection<ScenarioResult> scenarios)
    {
        int Count(ScenarioStatus status) => scenarios.Count(s => s.Status == status);
        var notRun = Count(ScenarioStatus.NotRun);
        var passed = Count(ScenarioStatus.Passed);
        var flaky = Count(ScenarioStatus.Flaky);
        var failed = Count(ScenarioStatus.Failed);
        return new ScenarioCounts(scenarios.Count, scenarios.Count - notRun, passed, flaky, failed,
            scenarios.Count - notRun - passed - flaky - failed, notRun);
    }
}

/// <summary>The numbers of a report, shared by every output so they agree.</summary>
/// <param name="Requirements">Requirements by overall status.</param>
/// <param name="Cells">(requirement, platform) pairs by status.</param>
/// <param name="Scenarios">Scenarios by final status.</param>
/// <param name="Orphans">Scenarios that do not trace to the catalog.</param>
/// <param name="ParseErrors">Feature files that did not parse.</param>
/// <param name="UndefinedSteps">Undefined steps met.</param>
/// <param name="AmbiguousSteps">Ambiguous steps met.</param>
/// <param name="CoveragePercent">Share of (requirement, platform) pairs with at least one scenario.</param>
/// <param name="RequirementsOkPercent">Share of requirements OK on every platform: the Lane-A number.</param>
/// <param name="PassRatePercent">Share of executed scenarios that passed (flaky ones only under <see cref="FlakyPolicy.CountsAsPassing"/>).</param>
public sealed record CoverageCounts(
    StatusCounts Requirements,
    StatusCounts Cells,
    ScenarioCounts Scenarios,
    int Orphans,
    int ParseErrors,
    int UndefinedSteps,
    int AmbiguousSteps,
    double CoveragePercent,
    double RequirementsOkPercent,
    double PassRatePercent)
{
    /// <summary>A percentage rounded to one decimal; 0 when there is nothing to divide by.</summary>
    public static double Percent(int part, int whole) =>
        whole == 0 ? 0 : Math.Round(100.0 * part / whole, 1, MidpointRounding.AwayFromZero);
}
