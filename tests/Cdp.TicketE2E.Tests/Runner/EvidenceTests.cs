using Reqnroll;
using Cdp.TicketE2E.Runner.Glue;
using FluentAssertions;
using Io.Cucumber.Messages.Types;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Runner;

[NonParallelizable] // sample runs share Reqnroll's one runner manager per binding assembly
public sealed class EvidenceTests
{
    [Test]
    public async Task Evidence_under_the_reports_folder_is_linked_by_a_url_relative_to_it_not_copied_into_the_stream()
    {
        using var run = await RunnerHarness.RunAsync(new Dictionary<string, string>
        {
            ["web/evidence.feature"] = "@evidence\nFeature: Evidence\n  Scenario: Leaves a journal\n    Given a step that keeps a journal\n",
        });

        run.Verdicts.Single().Status.Should().Be(ScenarioExecutionStatus.OK, run.Verdicts.Single().Text());
        var attachment = run.Envelopes.All<Attachment>().Should().ContainSingle(a => a.FileName == "journal.txt").Subject;
        attachment.Url.Should().Be("evidence/L3-attempt-0/journal.txt");
        attachment.Body.Should().BeEmpty("the file is linked, not copied into the stream");
        attachment.TestCaseStartedId.Should().Be(run.Envelopes.All<TestCaseStarted>().Single().Id);
        File.ReadAllText(Path.Combine(run.ReportsDirectory, attachment.Url)).Should().Be("GET /embed/ticket/create 200");
    }
}
