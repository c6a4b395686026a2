using FluentAssertions;
using Io.Cucumber.Messages.Types;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Runner;

public sealed class ExecutionTests
{
    [Test]
    public async Task Arguments_are_converted_from_cucumber_expressions_regexes_tables_and_doc_strings()
    {
        var harness = new RunnerHarness();
        var results = await harness.RunAsync(""""
            Feature: Conversion
              Scenario: every kind of argument
                Given an empty basket
                When I add 3 apples at 1.25 euro
                And I add "Pear \"Conference\"" with priority high
                And I remove 1 item
                And I add these items:
                  | item | count |
                  | kiwi | 2     |
                And I write the note:
                  """
                  fragile
                  """
                Then the basket holds 3 items
            """", typeof(BasketSteps));

        results.Single().Status.Should().Be(TestStepResultStatus.PASSED, results.Single().Describe());
        harness.Journal.Entries.Should().ContainInOrder(
            "add 3 apples 1.25", "add 'Pear \"Conference\"' High", "remove 1", "table kiwi=2", "note fragile", "holds 3 in every kind of argument");
    }

    [Test]
    public async Task An_argument_that_does_not_convert_names_the_parameter_and_the_allowed_values()
    {
        var harness = new RunnerHarness();
        var result = (await harness.RunAsync("""
            Feature: Conversion
              Scenario: bad enum
                When I add "pear" with priority urgent
            """, typeof(BasketSteps))).Single();

        result.Status.Should().Be(TestStepResultStatus.FAILED);
        result.Describe().Should().Contain("\"urgent\" cannot be converted to Priority").And.Contain("Allowed values: Low, High");
    }

    [Test]
    public async Task An_undefined_step_is_UNDEFINED_with_a_ready_to_paste_snippet()
    {
        var harness = new RunnerHarness();
        var result = (await harness.RunAsync("""
            Feature: Undefined
              Scenario: a step nobody wrote
                Given an empty basket
                When the customer "Ana" orders 3 parcels
                Then the basket holds 3 items
            """, typeof(BasketSteps))).Single();

        result.Status.Should().Be(TestStepResultStatus.UNDEFINED);
        result.Describe().Should().Contain("[When(\"the customer {string} orders {int} parcels\")]")
            .And.Contain("public void WhenTheCustomerOrdersParcels(string string1, int int1)")
            .And.Contain("throw new PendingStepException(");
        result.Attempts[0].Steps.Select(s => s.Status).Should().Equal( // the last is the teardown hook
            TestStepResultStatus.PASSED, TestStepResultStatus.UNDEFINED, TestStepResultStatus.SKIPPED, TestStepResultStatus.PASSED);
    }

    [Test]
    public async Task An_ambiguous_step_names_every_binding_it_matches()
    {
        var harness = new RunnerHarness();
        var result = (await harness.RunAsync("""
            Feature: Ambiguous
              Scenario: two bindings
                Given an empty basket
            """, typeof(BasketSteps), typeof(DuplicateSteps))).Single();

        result.Status.Should().Be(TestStepResultStatus.AMBIGUOUS);
        result.Describe().Should().Contain("matches 2 bindings").And.Contain("BasketSteps.EmptyBasket").And.Contain("DuplicateSteps.AlsoEmptyBasket");
    }

    [Test]
    public async Task A_failing_step_skips_the_rest_and_a_pending_step_is_PENDING()
    {
        var harness = new RunnerHarness();
        var results = await harness.RunAsync("""
            Feature: Outcomes
              Scenario: fails
                Then it fails with "the list did not refresh"
                And the basket holds 1 item
              Scenario: pending
                Then this is not automated yet
            """, typeof(BasketSteps));

        results[0].Status.Should().Be(TestStepResultStatus.FAILED);
        results[0].Describe().Should().Contain("FAILED at: it fails with \"the list did not refresh\"").And.Contain("the list did not refresh");
        results[0].Attempts[0].Steps[1].Status.Should().Be(TestStepResultStatus.SKIPPED);
        results[1].Status.Should().Be(TestStepResultStatus.PENDING);
        results[1].Describe().Should().Contain("waiting for the mobile channel");
    }

    [Test]
    public async Task Scenario_objects_are_shared_within_a_scenario_fresh_per_scenario_and_disposed_after_it()
    {
        var harness = new RunnerHarness();
        await harness.RunAsync("""
            Feature: Injection
              Scenario: one
                Given an empty basket
                And an empty basket
              Scenario: two
                Given an empty basket
            """, typeof(BasketSteps));

        var identities = harness.Journal.Entries.Where(e => e.StartsWith("basket ")).ToList();
        identities.Should().HaveCount(3);
        identities[0].Should().Be(identities[1]);
        identities[2].Should().NotBe(identities[0]);
        harness.Journal.Entries.Count(e => e.StartsWith("disposed basket")).Should().Be(2);
    }

    [Test]
    public async Task Hooks_run_in_kind_and_order_and_respect_tag_scope()
    {
        var harness = new RunnerHarness();
        await harness.RunAsync("""
            Feature: Hooks
              @tagged
              Scenario: tagged
                Given a step
              Scenario: untagged
                Given a step
            """, typeof(HookBindings));

        harness.Journal.Entries.Should().Equal(
            "before run",
            "before scenario 1", "before scenario 2", "before tagged scenario", "before step", "step", "after step", "after scenario",
            "before scenario 1", "before scenario 2", "before step", "step", "after step", "after scenario",
            "after run");
    }
}
