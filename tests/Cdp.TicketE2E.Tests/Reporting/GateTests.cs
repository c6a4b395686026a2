using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Reporting.Gate;
using Cdp.TicketE2E.Reporting.Reading;
using Cdp.TicketE2E.Specs.Catalog;
using Cdp.TicketE2E.Tests.Reporting.Fixtures;
using FluentAssertions;
using Io.Cucumber.Messages.Types;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Reporting;

/// <summary>The Lane-A gate: passes only for one finished run with every requirement OK, and names each reason precisely.</summary>
[TestFixture]
public sealed class GateTests
{
    [Test]
    public void A_complete_passing_run_passes_with_no_reason()
    {
        var gate = Gate(new SampleSuite().RunAll());

        gate.Passed.Should().BeTrue();
        gate.Reasons.Should().BeEmpty();
    }

    [Test]
    public void Removing_a_requirement_tag_makes_an_orphan_and_an_uncovered_requirement()
    {
        var gate = Gate(new SampleSuite(webCreateReqTag: "@smoke").RunAll());

        gate.Passed.Should().BeFalse();
        gate.Reasons.Should().ContainSingle(r => r.Kind == GateReasonKind.Orphan)
            .Which.Message.Should().Contain("features/web/create_ticket.feature:8").And.Contain("has no @req:<ID> tag");
        var uncovered = gate.Reasons.Should().ContainSingle(r => r.Kind == GateReasonKind.Requirement).Subject;
        uncovered.RequirementId.Should().Be("WEB-01");
        uncovered.Platform.Should().Be(Platform.Web);
        uncovered.Message.Should().Be("WEB-01 on web: UNCOVERED: no scenario is tagged @req:WEB-01 and @web.");
    }

    [Test]
    public void A_failed_scenario_makes_its_requirement_nok_naming_file_line_and_error()
    {
        var suite = new SampleSuite();
        var gate = Gate(suite.RunAll((suite.MobileAnchor, [AttemptPlan.Failed])));

        var reason = gate.Reasons.Should().ContainSingle().Subject;
        reason.Kind.Should().Be(GateReasonKind.Requirement);
        reason.RequirementId.Should().Be("ANC-01");
        reason.Platform.Should().Be(Platform.Mobile);
        reason.Location.Should().Be("features/anchor/association.feature:12");
        reason.Message.Should().Be("ANC-01 on mobile: NOK: features/anchor/association.feature:12 \"the new ticket is associated on mobile\" " +
                                   $"is FAILED: {AttemptPlan.FailureMessage}");
    }

    [Test]
    public void Filtering_out_a_platform_leaves_its_requirements_not_run()
    {
        var suite = new SampleSuite(new RunStreamBuilder(selection: "--tag web"));
        suite.Stream.Run(suite.WebCreate).Run(suite.WebAnchor);

        var gate = Gate(suite);

        gate.Reasons.Select(r => (r.RequirementId, r.Platform)).Should().BeEquivalentTo(new (string?, Platform?)[]
        {
            ("MOB-01", Platform.Mobile), ("ANC-01", Platform.Mobile),
        });
        gate.Reasons.Should().OnlyContain(r => r.Message.Contains(": NOT RUN: ") && r.Message.Contains("was not executed in this run"));
        gate.Reasons.Should().Contain(r => r.Message.StartsWith("MOB-01 on mobile: NOT RUN: features/mobile/create_ticket.feature:6"));
    }

    [Test]
    public void Flaky_fails_the_gate_by_default_and_says_it_was_flaky()
    {
        var suite = new SampleSuite();
        var gate = Gate(suite.RunAll((suite.WebCreate, [AttemptPlan.Failed, AttemptPlan.Passed])));

        gate.Reasons.Should().ContainSingle().Which.Message.Should()
            .Contain("WEB-01 on web: NOK").And.Contain("is FLAKY").And.Contain("passed on attempt 2").And.Contain(AttemptPlan.FailureMessage);
    }

    [Test]
    public void Undefined_and_ambiguous_steps_are_reasons_of_their_own()
    {
        var suite = new SampleSuite();
        var gate = Gate(suite.RunAll((suite.WebCreate, [AttemptPlan.Undefined]), (suite.MobileCreate, [AttemptPlan.Ambiguous])));

        gate.Reasons.Should().ContainSingle(r => r.Kind == GateReasonKind.UndefinedStep).Which.Message.Should()
            .Be("Step \"they create a ticket from the customer\" is undefined (no binding matches) in features/web/create_ticket.feature:8 " +
                "\"creates a ticket from the customer page\". Add a binding or fix the wording.");
        gate.Reasons.Should().ContainSingle(r => r.Kind == GateReasonKind.AmbiguousStep).Which.Message.Should()
            .Contain("features/mobile/create_ticket.feature:6").And.Contain("a permitted user on the customer page (Steps.cs) and {word} create a ticket");
        gate.Reasons.Where(r => r.Kind == GateReasonKind.Requirement).Should().OnlyContain(r => r.Message.Contains("UNKNOWN"));
    }

    [Test]
    public void One_undefined_step_used_by_several_scenarios_is_one_reason_naming_them_all()
    {
        var suite = new SampleSuite();
        var gate = Gate(suite.RunAll((suite.WebCreate, [AttemptPlan.Undefined]), (suite.WebAnchor, [AttemptPlan.Undefined])));

        gate.Reasons.Should().ContainSingle(r => r.Kind == GateReasonKind.UndefinedStep).Which.Message.Should()
            .Contain("in 2 scenarios: features/web/create_ticket.feature:8, features/anchor/association.feature:5");
    }

    [Test]
    public void A_feature_that_does_not_parse_fails_the_gate_with_its_location()
    {
        var suite = new SampleSuite().RunAll();
        suite.Stream.ParseError("features/web/broken.feature", 14, "expected: #TagLine, #ScenarioLine, got 'Whne the user'");

        Gate(suite).Reasons.Should().ContainSingle().Which.Message.Should()
            .Be("features/web/broken.feature:14:3: the feature does not parse: expected: #TagLine, #ScenarioLine, got 'Whne the user'");
    }

    [Test]
    public void Scenarios_naming_unknown_requirements_or_no_platform_are_orphans()
    {
        var suite = new SampleSuite().RunAll();
        suite.Stream.Run(suite.Stream.Scenario("features/web/extra.feature", 3, "typo in tag", "@web", "@req:WEB-99"));
        suite.Stream.Run(suite.Stream.Scenario("features/web/extra.feature", 9, "no platform", "@req:WEB-01"));

        var orphans = Gate(suite).Reasons.Where(r => r.Kind == GateReasonKind.Orphan).Select(r => r.Message).ToList();

        orphans.Should().HaveCount(2);
        orphans.Should().Contain(m => m.Contains("features/web/extra.feature:3") && m.Contains("@req:WEB-99, which is not in the requirements catalog"));
        orphans.Should().Contain(m => m.Contains("features/web/extra.feature:9") && m.Contains("has no platform tag (@web or @mobile)"));
    }

    [Test]
    public void Reasons_come_in_a_stable_order()
    {
        var suite = new SampleSuite(webCreateReqTag: "@smoke");
        suite.RunAll((suite.MobileCreate, [AttemptPlan.Undefined]));
        suite.Stream.ParseError("features/web/broken.feature", 2, "bad").Unfinished();

        Gate(suite).Reasons.Select(r => r.Kind).Should().BeInAscendingOrder();
    }

    private static GateResult Gate(SampleSuite suite) =>
        CoverageReport.Create(RunModelReader.Read(suite.Stream.Build()), suite.Catalog).Gate;
}
