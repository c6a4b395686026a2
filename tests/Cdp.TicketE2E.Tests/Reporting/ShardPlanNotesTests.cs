using Cdp.TicketE2E.Reporting.Merge;
using Cdp.TicketE2E.Tests.Reporting.Fixtures;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Reporting;

/// <summary>What a merge says about ./e2e run --shard runs: a missing shard, and shards cut by different plans.</summary>
public sealed class ShardPlanNotesTests
{
    [Test]
    public void All_shards_of_one_plan_merge_without_a_word()
    {
        Notes(("shard 1/2 plan 3aea42c5", s => [s.WebCreate, s.WebAnchor]), ("shard 2/2 plan 3aea42c5", s => [s.MobileCreate, s.MobileAnchor]))
            .Should().NotContain(n => n.Contains("plan"));
    }

    [Test]
    public void A_missing_shard_is_named_with_what_it_means()
    {
        Notes(("(cat == 'web') | shard 1/3 plan 3aea42c5", s => [s.WebCreate]), ("(cat == 'web') | shard 3/3 plan 3aea42c5", s => [s.WebAnchor]))
            .Should().Contain("Shard(s) 2/3 of plan 3aea42c5 are not in the merge: their scenarios show NOT RUN.");
    }

    [Test]
    public void Shards_cut_by_different_plans_are_named_with_the_fix()
    {
        Notes(("shard 1/2 plan 3aea42c5", s => [s.WebCreate]), ("shard 2/2 plan 0b1f2e7d", s => [s.WebAnchor]))
            .Should().Contain("The shards were cut by different plans (shard 1/2 plan 3aea42c5; shard 2/2 plan 0b1f2e7d): some scenarios may have run twice " +
                              "and others not at all. Give every shard the same --history and the same selection, then rerun them.");
    }

    private static IReadOnlyList<string> Notes(params (string Selection, Func<SampleSuite, PickleRef[]> Executed)[] shards)
    {
        using var folder = new TempFolder();
        var streams = shards.Select((shard, i) => ShardStream.Read(
            ReportFolder.WriteShard(folder, $"shard-{i + 1}", new SampleSuite(new RunStreamBuilder(selection: shard.Selection)), shard.Executed).Path)).ToList();
        return StreamMerger.Merge(streams, folder.File("merged")).Notes;
    }
}
