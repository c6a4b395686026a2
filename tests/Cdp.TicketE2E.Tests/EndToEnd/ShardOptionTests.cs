using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.EndToEnd;

/// <summary>./e2e run --shard as a user types it: bad values stop before anything runs; --list shows each slice.</summary>
[Parallelizable(ParallelScope.Children)]
public sealed class ShardOptionTests
{
    [TestCase("0/3")]
    [TestCase("4/3")]
    [TestCase("x")]
    public async Task A_bad_shard_exits_2_naming_the_option_the_value_and_the_allowed_form_and_writes_nothing(string value)
    {
        var reports = CommandLine.NewReportsFolder();

        var (exitCode, output) = await CommandLine.RunAsync("./e2e", "run", "--tag", "web", "--shard", value, "--reports", reports);

        exitCode.Should().Be(2, output);
        output.Should().Contain($"--shard is '{value}'; allowed: i/n with whole numbers 1 ≤ i ≤ n ≤ 1000 (run slice i of n), e.g. --shard 2/3.");
        Directory.EnumerateFileSystemEntries(reports).Should().BeEmpty("a run that does not start writes nothing");
    }

    [Test]
    public async Task The_listed_slices_together_are_the_listed_selection_each_scenario_once()
    {
        var reports = CommandLine.NewReportsFolder();
        var whole = Listed((await CommandLine.RunAsync("./e2e", "run", "--tag", "web", "--list", "--reports", reports)).Output);

        var slices = new List<IReadOnlyList<string>>();
        foreach (var shard in new[] { "1/3", "2/3", "3/3" })
        {
            var (exitCode, output) = await CommandLine.RunAsync("./e2e", "run", "--tag", "web", "--list", "--shard", shard, "--reports", reports);
            exitCode.Should().Be(0, output);
            output.Should().Contain($"Shard {shard}: ").And.Contain($"of {whole.Count} scenario(s), balanced by count");
            slices.Add(Listed(output));
        }

        whole.Should().HaveCountGreaterThan(3);
        slices.Should().OnlyContain(s => s.Count >= whole.Count / 3);
        slices.SelectMany(s => s).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(whole);
    }

    // The scenario lines of a --list: "Feature: Scenario [uri:line]  @tags".
    private static IReadOnlyList<string> Listed(string output) =>
        output.Split('\n').Where(l => l.Contains(".feature:", StringComparison.Ordinal) && l.Contains("]  @", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
}
