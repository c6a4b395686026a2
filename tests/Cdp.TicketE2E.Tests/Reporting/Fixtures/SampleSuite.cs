using Cdp.TicketE2E.Specs.Catalog;

namespace Cdp.TicketE2E.Tests.Reporting.Fixtures;

/// <summary>
/// A small suite that passes the gate when every scenario passes: WEB-01 (web), MOB-01 (mobile) and ANC-01 (both),
/// one scenario per requirement and platform.
/// </summary>
public sealed class SampleSuite
{
    public RequirementsCatalog Catalog { get; } = TestCatalogs.Of(
        TestCatalogs.Requirement("WEB-01", Platform.Web),
        TestCatalogs.Requirement("MOB-01", Platform.Mobile),
        TestCatalogs.Requirement("ANC-01", Platform.Web, Platform.Mobile));

    public RunStreamBuilder Stream { get; }
    public PickleRef WebCreate { get; }
    public PickleRef WebAnchor { get; }
    public PickleRef MobileCreate { get; }
    public PickleRef MobileAnchor { get; }

    public SampleSuite(RunStreamBuilder? stream = null, string webCreateReqTag = "@req:WEB-01")
    {
        Stream = stream ?? new RunStreamBuilder();
        WebCreate = Stream.Scenario("features/web/create_ticket.feature", 8, "creates a ticket from the customer page", "@web", webCreateReqTag);
        WebAnchor = Stream.Scenario("features/anchor/association.feature", 5, "the new ticket is associated to the customer", "@web", "@req:ANC-01");
        MobileAnchor = Stream.Scenario("features/anchor/association.feature", 12, "the new ticket is associated on mobile", "@mobile", "@req:ANC-01");
        MobileCreate = Stream.Scenario("features/mobile/create_ticket.feature", 6, "creates a ticket from the contact", "@mobile", "@req:MOB-01");
    }

    public IEnumerable<PickleRef> All => [WebCreate, WebAnchor, MobileAnchor, MobileCreate];

    /// <summary>Runs every scenario once, passing, except those given their own plans.</summary>
    public SampleSuite RunAll(params (PickleRef Pickle, AttemptPlan[] Attempts)[] overrides)
    {
        foreach (var pickle in All)
        {
            var custom = overrides.FirstOrDefault(o => o.Pickle == pickle);
            Stream.Run(pickle, custom.Attempts ?? []);
        }
        return this;
    }
}
