using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Reporting.Reading;
using Cdp.TicketE2E.Specs.Catalog;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Tests.Reporting.Fixtures;

/// <summary>
/// A run with every status at once: WEB-01 NOK (failed), ANC-01 NOK on web (flaky) and UNKNOWN on mobile (pending),
/// MOB-01 NOT RUN, WEB-02 UNCOVERED, MOB-02 OK (its scenario has a hostile name), plus an orphan and a parse error.
/// </summary>
public sealed class MixedReport
{
    public const string HostileName = "<script>alert(\"pwned\")</script> & | pipes `code` *bold*";

    public SampleSuite Suite { get; }
    public RequirementsCatalog Catalog { get; }
    public List<Envelope> Envelopes { get; }
    public PickleRef Hostile { get; }
    public PickleRef Orphan { get; }

    public MixedReport(RunStreamBuilder? stream = null)
    {
        Suite = new SampleSuite(stream);
        Catalog = TestCatalogs.Of([.. Suite.Catalog.Requirements,
            TestCatalogs.Requirement("WEB-02", Platform.Web),
            TestCatalogs.Requirement("MOB-02", Platform.Mobile) with { Statement = "The <b>summary</b> & list | refresh" }]);
        Hostile = Suite.Stream.Scenario("features/mobile/summary.feature", 4, HostileName, "@mobile", "@req:MOB-02");
        Orphan = Suite.Stream.Scenario("features/web/untraced.feature", 3, "a scenario nobody mapped", "@web", "@smoke");
        Suite.Stream
            .Run(Suite.WebCreate, AttemptPlan.Failed)
            .Run(Suite.WebAnchor, AttemptPlan.Failed, AttemptPlan.Passed)
            .Run(Suite.MobileAnchor, AttemptPlan.Pending)
            .Run(Hostile)
            .Run(Orphan)
            .ParseError("features/web/broken.feature", 7, "expected: #StepLine, got 'Whne'");
        Envelopes = Suite.Stream.Build();
    }

    public CoverageReport Report(FlakyPolicy policy = FlakyPolicy.CountsAsFailing) =>
        CoverageReport.Create(RunModelReader.Read(Envelopes), Catalog, policy);
}
