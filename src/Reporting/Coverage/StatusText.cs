using Cdp.TicketE2E.Reporting.Model;
using Cdp.TicketE2E.Specs.Catalog;

namespace Cdp.TicketE2E.Reporting.Coverage;

/// <summary>
/// The one spelling of every status and platform, shared by all outputs so JSON, Markdown, JUnit and HTML agree.
/// Wire text (JSON, data attributes) uses underscores; display text uses spaces.
/// </summary>
public static class StatusText
{
    /// <summary>Wire text of a requirement status: OK, NOK, NOT_RUN, UNKNOWN, UNCOVERED.</summary>
    public static string Wire(RequirementStatus status) => status switch
    {
        RequirementStatus.Ok => "OK",
        RequirementStatus.Nok => "NOK",
        RequirementStatus.NotRun => "NOT_RUN",
        RequirementStatus.Unknown => "UNKNOWN",
        _ => "UNCOVERED",
    };

    /// <summary>Wire text of a scenario status: PASSED, FLAKY, FAILED, UNDEFINED, AMBIGUOUS, PENDING, SKIPPED, UNKNOWN, NOT_RUN.</summary>
    public static string Wire(ScenarioStatus status) => status == ScenarioStatus.NotRun ? "NOT_RUN" : status.ToString().ToUpperInvariant();

    /// <summary>Display text of a requirement status (NOT RUN with a space, as Xray writes it).</summary>
    public static string Of(RequirementStatus status) => Wire(status).Replace('_', ' ');

    /// <summary>Display text of a scenario status.</summary>
    public static string Of(ScenarioStatus status) => Wire(status).Replace('_', ' ');

    /// <summary>The platform as written in tags and outputs: web, mobile.</summary>
    public static string Of(Platform platform) => platform.ToString().ToLowerInvariant();
}
