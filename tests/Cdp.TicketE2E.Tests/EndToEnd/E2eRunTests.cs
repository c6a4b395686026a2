using Cdp.TicketE2E.Reporting.Reading;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.EndToEnd;

/// <summary>The happy path through ./e2e run and through plain dotnet test, in a real headless Chromium.</summary>
[NonParallelizable]
public sealed class E2eRunTests
{
    private const string HappyPath = "A permitted user creates a ticket from the customer page";

    [Test]
    public async Task The_happy_path_passes_through_e2e_run_and_is_recorded_in_the_message_stream()
    {
        var reports = CommandLine.NewReportsFolder();

        var (exitCode, output) = await CommandLine.RunAsync("./e2e", "run", "--tag", "web", "--name", HappyPath, "--reports", reports);

        exitCode.Should().Be(0, output);
        var envelopes = StreamFile.Read(Path.Combine(reports, "cucumber.ndjson")).ToList();
        var executed = envelopes.Where(e => e.TestCase != null).Select(e => e.TestCase.PickleId).ToHashSet();
        envelopes.Where(e => e.Pickle != null && executed.Contains(e.Pickle.Id)).Select(e => e.Pickle.Name).Should().OnlyContain(n => n == HappyPath).And.NotBeEmpty();
        envelopes.Where(e => e.TestStepFinished != null).Should().OnlyContain(e => e.TestStepFinished.TestStepResult.Status == Io.Cucumber.Messages.Types.TestStepResultStatus.PASSED);
        envelopes[^1].TestRunFinished.Success.Should().BeTrue();
        foreach (var report in new[] { "coverage.html", "coverage.json", "coverage.md", "junit.xml" })
            File.Exists(Path.Combine(reports, report)).Should().BeTrue($"./e2e run writes {report}");
        output.Should().Contain("Lane-A gate FAILED", "one scenario cannot cover every requirement");
    }

    [Test]
    public async Task A_run_filtered_to_one_platform_does_not_pass_the_gate_and_names_what_was_not_run()
    {
        var reports = CommandLine.NewReportsFolder();
        await CommandLine.RunAsync("./e2e", "run", "--tag", "web", "--name", HappyPath, "--reports", reports);

        var (exitCode, output) = await CommandLine.RunAsync("./e2e", "gate", "--reports", reports);

        exitCode.Should().Be(1, output);
        output.Should().Contain("on mobile: NOT RUN").And.Contain("was not executed in this run");
    }

    [Test]
    public async Task A_page_that_stops_refreshing_its_list_fails_the_happy_path_with_a_message_a_QA_engineer_understands()
    {
        var reports = CommandLine.NewReportsFolder();

        var (exitCode, output) = await CommandLine.RunAsync("./e2e", "run", "--name", HappyPath, "--tag", "web", "--seed-defect", "NoListRefresh",
            "--retries", "1", "--reports", reports);

        exitCode.Should().NotBe(0, output);
        output.Should().Contain("The customer's ticket list did not show \"Refund not received\"")
            .And.Contain("Did the page refresh its list after the ticket was created?");
        var evidence = Path.Combine(reports, "evidence");
        Directory.EnumerateFiles(evidence, "screenshot.png", SearchOption.AllDirectories).Should().HaveCount(2, "both attempts failed");
        // The default trace policy records the retry only (a trace costs about a second a scenario): one trace, the retry's.
        Directory.EnumerateFiles(evidence, "trace.zip", SearchOption.AllDirectories).Should().ContainSingle()
            .Which.Should().Contain($"{Path.DirectorySeparatorChar}attempt-1{Path.DirectorySeparatorChar}");
    }

    [Test]
    public async Task Plain_dotnet_test_selects_scenarios_by_tag_category()
    {
        var suite = typeof(Steps.Suite.Features).Assembly.Location;

        var reports = new Dictionary<string, string> { ["E2E__Paths__Reports"] = CommandLine.NewReportsFolder() };

        var (exitCode, output) = await CommandLine.RunAsync(reports, "dotnet", "test", suite, "--filter", "TestCategory=web&FullyQualifiedName~create-ticket.feature:7");

        exitCode.Should().Be(0, output);
        output.Should().MatchRegex(@"Passed:\s+1,").And.MatchRegex(@"Total:\s+1,");
    }
}
