using Cdp.TicketE2E.Cli.Planning;
using Cdp.TicketE2E.Reporting.History;
using Cdp.TicketE2E.Tests.Reporting.Fixtures;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Cli;

/// <summary>--shard i/n: the value, and the plan that slices by the durations in the history, else by count.</summary>
public sealed class ShardPlanTests
{
    private static readonly string[] Keys = ["web/a.feature:3", "web/a.feature:9", "web/b.feature:4", "mobile/c.feature:5"];

    [TestCase("2/3", 2, 3)]
    [TestCase("1/1", 1, 1)]
    public void A_good_value_is_slice_i_of_n(string text, int index, int count)
    {
        ShardSpec.Parse(text).Shard.Should().Be(new ShardSpec(index, count));
    }

    [TestCase("0/3")]
    [TestCase("4/3")]
    [TestCase("x")]
    [TestCase("1/0")]
    [TestCase("-1/3")]
    [TestCase("1/3/3")]
    [TestCase(" 1/3")]
    [TestCase("1/1001")]
    public void A_bad_value_names_the_option_the_value_and_the_allowed_form(string text)
    {
        var (shard, problem) = ShardSpec.Parse(text);

        shard.Should().BeNull();
        problem.Should().Be($"--shard is '{text}'; allowed: i/n with whole numbers 1 ≤ i ≤ n ≤ 1000 (run slice i of n), e.g. --shard 2/3.");
    }

    [Test]
    public void Without_durations_in_the_history_the_slices_are_cut_by_count()
    {
        using var history = new TempFolder();

        var plan = ShardPlan.Make(Keys, HistoryDurations.Read(history.Path), 2);

        plan.ByDuration.Should().BeFalse();
        new[] { plan.Slice(1).Count, plan.Slice(2).Count }.Should().Equal(2, 2);
    }

    [Test]
    public void The_latest_recorded_durations_balance_the_slices_and_an_untimed_scenario_weighs_the_mean()
    {
        using var history = new TempFolder();
        var store = new HistoryStore(history.Path);
        store.Save(Record("old", 1, new() { ["web/a.feature:3"] = 1_000, ["web/a.feature:9"] = 90_000 }));
        store.Save(Record("new", 2, new() { ["web/a.feature:3"] = 30_000, ["web/b.feature:4"] = 20_000 }));

        var plan = ShardPlan.Make(Keys, HistoryDurations.Read(history.Path), 2);

        // a:3 30 s (the newer run), a:9 90 s (only the older run timed it), b:4 20 s, c:5 untimed = mean 46 s.
        plan.ByDuration.Should().BeTrue();
        plan.Slice(1).Should().Equal("web/a.feature:9");
        plan.Slice(2).Should().Equal("mobile/c.feature:5", "web/a.feature:3", "web/b.feature:4");
        plan.Load(2).Should().Be((96_666L, 186_666L));
    }

    [Test]
    public void Another_history_gives_another_plan_fingerprint_so_shards_that_sliced_differently_can_be_told()
    {
        var byCount = ShardPlan.Make(Keys, new Dictionary<string, long>(), 2);
        var byTime = ShardPlan.Make(Keys, new Dictionary<string, long> { ["web/a.feature:3"] = 5_000 }, 2);

        byCount.Fingerprint.Should().Be(ShardPlan.Make(Keys.Reverse().ToList(), new Dictionary<string, long>(), 2).Fingerprint);
        byTime.Fingerprint.Should().NotBe(byCount.Fingerprint);
    }

    private static HistoryRecord Record(string runId, int day, Dictionary<string, long> milliseconds) =>
        new(HistoryRecord.CurrentSchemaVersion, runId, "3f2a9c1d8e7b", "reference", new DateTimeOffset(2026, 12, day, 2, 0, 0, TimeSpan.Zero), "", true,
            new HistoryCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), new Dictionary<string, HistoryRequirement>(), milliseconds);
}
