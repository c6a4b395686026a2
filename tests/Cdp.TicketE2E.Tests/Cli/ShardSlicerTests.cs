using Cdp.TicketE2E.Cli.Planning;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Cli;

/// <summary>Cutting a selection into n slices: balanced, complete, disjoint, and the same on every machine.</summary>
public sealed class ShardSlicerTests
{
    [Test]
    public void Slices_are_balanced_by_duration_heaviest_first_into_the_lightest_slice()
    {
        var weights = Weights(("a:1", 8), ("b:1", 7), ("c:1", 6), ("d:1", 5), ("e:1", 4));

        var slices = ShardSlicer.Split(weights, 2);

        // 8→1, 7→2, 6→2 (7 < 8), 5→1 (8 < 13), 4→1 (13 = 13: the lower slice): 17 and 13, where cutting in list order gives 21 and 9.
        slices.Should().BeEquivalentTo(new[] { new[] { "a:1", "d:1", "e:1" }, new[] { "b:1", "c:1" } }, o => o.WithStrictOrdering());
    }

    [Test]
    public void Equal_weights_split_by_count_in_key_order()
    {
        var weights = Weights(Enumerable.Range(1, 8).Select(i => ($"f.feature:{i}", 1L)).ToArray());

        var slices = ShardSlicer.Split(weights, 3);

        slices.Select(s => s.Count).Should().Equal(3, 3, 2);
        slices[0].Should().Equal("f.feature:1", "f.feature:4", "f.feature:7");
    }

    [TestCase(1)]
    [TestCase(3)]
    [TestCase(7)]
    [TestCase(60)]
    public void Together_the_slices_are_the_whole_selection_each_scenario_once(int count)
    {
        var random = new Random(11);
        var weights = Weights(Enumerable.Range(1, 47).Select(i => ($"web/x.feature:{i}", (long)random.Next(1, 4) * 1000)).ToArray());

        var slices = ShardSlicer.Split(weights, count);

        slices.Should().HaveCount(count);
        slices.SelectMany(s => s).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(weights.Keys);
    }

    [Test]
    public void The_same_scenarios_and_weights_give_the_same_slices_in_any_order()
    {
        var random = new Random(5);
        var pairs = Enumerable.Range(1, 30).Select(i => ($"m/y.feature:{i}", (long)random.Next(1, 3))).ToArray();

        var forward = ShardSlicer.Split(Weights(pairs), 4);
        var backward = ShardSlicer.Split(Weights(pairs.Reverse().ToArray()), 4);

        backward.Should().BeEquivalentTo(forward, o => o.WithStrictOrdering());
    }

    private static Dictionary<string, long> Weights(params (string Key, long Weight)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Weight);
}
