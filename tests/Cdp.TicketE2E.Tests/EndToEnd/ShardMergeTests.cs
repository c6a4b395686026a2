using System.Text.Json;
using Cdp.TicketE2E.Reporting.Model;
using Cdp.TicketE2E.Reporting.Reading;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.EndToEnd;

/// <summary>
/// Three shards of a real selection, run in their own report folders and merged, are the unsharded run: the same
/// scenario outcomes and the same Lane-A verdict with the same reasons. A shard that is missing from the merge leaves
/// its scenarios NOT RUN and fails the gate naming them.
/// </summary>
[NonParallelizable]
public sealed class ShardMergeTests
{
    // Five short web scenarios (the panel's height), enough for three slices of unequal length.
    private static readonly string[] Selection = ["--req", "WEB-10", "--req", "WEB-17"];

    // The comparison is of outcomes, so a page slowed by a busy machine must not fail one run and pass the other.
    private static IReadOnlyDictionary<string, string> Patient => new Dictionary<string, string> { ["E2E__Run__ExpectTimeoutSeconds"] = "20" };

    [Test]
    public async Task Merged_shards_equal_the_unsharded_run_scenario_for_scenario_and_in_the_gate()
    {
        var whole = CommandLine.NewReportsFolder();
        var (wholeExit, wholeOutput) = await CommandLine.RunAsync(Patient, "./e2e", [.. RunArguments(whole)]);
        wholeExit.Should().Be(0, wholeOutput);
        var shards = new List<string>();
        foreach (var shard in new[] { "1/3", "2/3", "3/3" })
        {
            var folder = CommandLine.NewReportsFolder();
            // The unsharded run's history times the scenarios; the shards read it and add nothing to it.
            var (exitCode, output) = await CommandLine.RunAsync(Patient, "./e2e", [.. RunArguments(folder), "--shard", shard, "--history", Path.Combine(whole, "history")]);
            exitCode.Should().Be(0, output);
            output.Should().Contain($"Shard {shard}: ").And.Contain("balanced by the durations in").And.Contain("not recorded in the history: it is one shard");
            shards.Add(folder);
        }
        var merged = CommandLine.NewReportsFolder();

        var (mergeExit, mergeOutput) = await CommandLine.RunAsync("./e2e", ["report", "--merge", .. shards, "--reports", merged]);

        mergeExit.Should().Be(1, mergeOutput + "\n(a selection of five scenarios cannot pass the gate)");
        Outcomes(merged).Should().Equal(Outcomes(whole));
        Outcomes(merged).Count(o => o.Status == ScenarioStatus.Passed).Should().Be(5);
        var gate = GateReasons(whole);
        gate.Should().Contain(r => r.Contains("was not executed in this run")).And.NotContain(r => r.StartsWith("WEB-10 on web") || r.StartsWith("WEB-17 on web"));
        GateReasons(merged).Should().Equal(gate);

        var partial = CommandLine.NewReportsFolder();
        await CommandLine.RunAsync("./e2e", ["report", "--merge", shards[0], shards[1], "--reports", partial]);
        var lastShard = Outcomes(shards[2]).Where(o => o.Status != ScenarioStatus.NotRun).ToList();
        lastShard.Should().NotBeEmpty();
        foreach (var scenario in lastShard)
            GateReasons(partial).Should().Contain(r => r.Contains(" on web: NOT RUN: ") && r.Contains($"{scenario.Location} \"") && r.Contains("was not executed in this run"),
                $"{scenario.Location} ran only in the shard left out of the merge");
    }

    private static IEnumerable<string> RunArguments(string reports) => ["run", .. Selection, "--reports", reports];

    private static List<(string Id, string Location, ScenarioStatus Status)> Outcomes(string reports) =>
        RunModelReader.Read(StreamFile.Read(Path.Combine(reports, "cucumber.ndjson"))).Scenarios
            .Select(s => (s.Pickle.Id, s.Pickle.Location, s.Status)).OrderBy(o => o.Location, StringComparer.Ordinal).ToList();

    // Every reason the gate gives, as coverage.json lists them (the console shows only the first 30).
    private static List<string> GateReasons(string reports)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(reports, "coverage.json")));
        var gate = json.RootElement.GetProperty("gate");
        gate.GetProperty("passed").GetBoolean().Should().BeFalse();
        return gate.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("message").GetString()!).ToList();
    }
}
