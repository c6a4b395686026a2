using Reqnroll;
using Cdp.TicketE2E.Runner.Glue;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Runner;

[NonParallelizable] // sample runs share Reqnroll's one runner manager per binding assembly
public sealed class StepArgumentTests
{
    [Test]
    public async Task Cucumber_expression_regex_data_table_and_doc_string_arguments_reach_the_binding()
    {
        using var run = await RunnerHarness.RunAsync(""""
            @arguments
            Feature: Arguments
              Scenario: every kind of argument
                When I add 3 apples
                And I label them "Conference pears"
                And I remove 1 item
                And I add these items:
                  | item | count |
                  | kiwi | 2     |
                Then the note reads:
                  """
                  fragile
                  """
            """");

        run.Verdicts.Single().Status.Should().Be(ScenarioExecutionStatus.OK, run.Verdicts.Single().Text());
        run.Journal.Entries.Should().Equal(
            "before run", "int 3 (Int32)", "string Conference pears", "regex 1", "table kiwi=2", "doc string fragile", "after run");
    }
}
