using System.Text.Json;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.EndToEnd;

/// <summary>
/// ./e2e selfcheck runs the real kill matrix. Here on a few defects of each in-repo target (the whole matrix is CI's
/// `./e2e selfcheck`): the clean apps raise no alarm, and each defect fails a scenario of its requirement with a message
/// that says what it broke.
/// </summary>
[NonParallelizable]
public sealed class SelfcheckTests
{
    [TestCase("reference", new[] { "NoResize", "AcceptsUnknownTypes", "NoSummaryRefresh" },
        new[] { "px high after EMBED_RESIZE", "did not ignore TICKET_DELETED", "ticket summary did not show" })]
    [TestCase("vue", new[] { "ResizeWithoutPx", "GateOrInsteadOfAnd" },
        new[] { "px high after EMBED_RESIZE", "only while the ticket feature is on" })]
    public async Task Clean_apps_pass_and_each_seeded_defect_is_killed_with_what_it_broke(string target, string[] defects, string[] messages)
    {
        var reports = CommandLine.NewReportsFolder();
        var arguments = new List<string> { "selfcheck", "--target", target, "--reports", reports };
        foreach (var defect in defects) arguments.AddRange(["--defect", defect]);

        var (exitCode, output) = await CommandLine.RunAsync("./e2e", [.. arguments]);

        exitCode.Should().Be(0, output);
        output.Should().Contain($"Selfcheck PASSED: {defects.Length} of {defects.Length} seeded defects killed");
        using var matrix = JsonDocument.Parse(File.ReadAllText(Path.Combine(reports, "selfcheck.json")));
        var rows = matrix.RootElement.GetProperty("rows").EnumerateArray().ToList();
        rows.Where(r => r.GetProperty("defect").ValueKind == JsonValueKind.Null).Should().OnlyContain(r => r.GetProperty("verdict").GetString() == "CLEAN");
        for (var i = 0; i < defects.Length; i++)
        {
            var row = rows.Single(r => r.GetProperty("defect").GetString() == defects[i]);
            row.GetProperty("verdict").GetString().Should().Be("KILLED");
            row.GetProperty("failedScenarios").EnumerateArray().Select(s => s.GetProperty("message").GetString())
                .Should().Contain(m => m!.Contains(messages[i]), "the failure says what {0} broke", defects[i]);
        }
    }

    [Test]
    public async Task Soak_runs_a_selection_several_times_and_says_every_outcome_was_the_same()
    {
        var reports = CommandLine.NewReportsFolder();

        var (exitCode, output) = await CommandLine.RunAsync("./e2e", "soak", "--runs", "2", "--tag", "web", "--name", "The ticket form is sandboxed", "--reports", reports);

        exitCode.Should().Be(0, output);
        output.Should().Contain("Run 2 of 2: 1 of 1 passed").And.Contain("every one of 1 scenarios had the same outcome in all 2 runs");
        File.Exists(Path.Combine(reports, "run-2", "cucumber.ndjson")).Should().BeTrue("each run keeps its own reports");
    }

    [Test]
    public async Task A_defect_name_the_targets_do_not_have_is_refused_with_the_ones_they_have()
    {
        var (exitCode, output) = await CommandLine.RunAsync("./e2e", "selfcheck", "--target", "vue", "--defect", "NoResize");

        exitCode.Should().Be(2, output);
        output.Should().Contain("No seeded defect matches the options").And.Contain("ResizeWithoutPx");
    }
}
