using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Runner;

[NonParallelizable] // sample runs share Reqnroll's one runner manager per binding assembly
public sealed class ScenarioObjectTests
{
    [Test]
    public async Task A_scenario_object_is_shared_by_the_scenario_s_bindings_fresh_for_the_next_and_disposed_after_its_scenario()
    {
        using var run = await RunnerHarness.RunAsync("""
            @injection
            Feature: Injection
              Scenario: one
                Given an empty basket
                Then another binding sees the basket
              Scenario: two
                Given an empty basket
            """);

        var baskets = run.Journal.Entries.Where(e => e.Contains("basket")).ToList();
        var first = baskets[0]["basket ".Length..];
        var second = baskets[^2]["basket ".Length..];
        baskets.Should().Equal($"basket {first}", $"basket {first}", $"disposed basket {first}", $"basket {second}", $"disposed basket {second}");
        second.Should().NotBe(first);
    }
}
