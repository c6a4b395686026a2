using Cdp.TicketE2E.FeatureFiles;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Runner;

public sealed class FeatureSetTests
{
    private const string Outline = """
        @web
        Feature: Baskets
          Background:
            Given an empty basket

          Rule: Adding
            @rule-tag
            Scenario Outline: Adding <count> apples
              When I add <count> apples at 1.5 euro
              Then the basket holds <count> items

              @smoke
              Examples: small
                | count |
                | 1     |
                | 2     |
        """;

    [Test]
    public void An_outline_expands_to_one_scenario_per_row_with_the_background_first()
    {
        var set = FeatureSet.FromTexts(new Dictionary<string, string> { ["web/basket.feature"] = Outline });

        set.Scenarios.Should().HaveCount(2);
        set.Scenarios.Select(s => s.Pickle.Name).Should().Equal("Adding 1 apples", "Adding 2 apples");
        set.Scenarios[0].Pickle.Steps.Select(s => s.Text).Should().Equal("an empty basket", "I add 1 apples at 1.5 euro", "the basket holds 1 items");
    }

    [Test]
    public void Tags_are_inherited_from_feature_rule_scenario_and_examples()
    {
        var scenario = FeatureSet.FromTexts(new Dictionary<string, string> { ["web/basket.feature"] = Outline }).Scenarios[0];

        scenario.Tags.Should().BeEquivalentTo("@web", "@rule-tag", "@smoke");
    }

    [Test]
    public void Each_scenario_has_a_space_free_key_on_its_example_row_and_a_readable_name()
    {
        var scenarios = FeatureSet.FromTexts(new Dictionary<string, string> { ["web/basket.feature"] = Outline }).Scenarios;

        scenarios.Select(s => s.Key).Should().Equal("web/basket.feature:15", "web/basket.feature:16");
        scenarios[0].Key.Should().NotContain(" ");
        scenarios[0].DisplayName.Should().Be("Baskets: Adding 1 apples [web/basket.feature:15]");
    }

    [Test]
    public void A_broken_feature_reports_file_line_column_and_the_others_still_load()
    {
        var set = FeatureSet.FromTexts(new Dictionary<string, string>
        {
            ["a/broken.feature"] = "Feature: Broken\n  Scenario: one\n    Given a step\n  Oops this is not gherkin\n",
            ["b/fine.feature"] = "Feature: Fine\n  Scenario: two\n    Given a step\n",
        });

        set.Scenarios.Select(s => s.Uri).Should().Equal("b/fine.feature");
        set.ParseErrors.Should().ContainSingle();
        set.ParseErrors[0].ToString().Should().StartWith("a/broken.feature:4:").And.Contain("Oops this is not gherkin");
    }

    [Test]
    public void Loading_the_same_tree_twice_gives_the_same_pickle_ids()
    {
        var texts = new Dictionary<string, string> { ["web/basket.feature"] = Outline };

        FeatureSet.FromTexts(texts).Scenarios.Select(s => s.Pickle.Id)
            .Should().Equal(FeatureSet.FromTexts(texts).Scenarios.Select(s => s.Pickle.Id));
    }

    [Test]
    public void A_missing_features_folder_names_the_folder_and_the_fix()
    {
        var act = () => FeatureSet.Load("/nonexistent/features");

        act.Should().Throw<DirectoryNotFoundException>().WithMessage("*'/nonexistent/features'*E2E__Paths__Features*");
    }
}
