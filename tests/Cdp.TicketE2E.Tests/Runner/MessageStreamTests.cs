using System.Text.Json;
using FluentAssertions;
using Io.Cucumber.Messages.Types;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Runner;

[NonParallelizable] // sample runs share Reqnroll's one runner manager per binding assembly
public sealed class MessageStreamTests
{
    private static readonly Dictionary<string, string> TwoFeatures = new()
    {
        ["a/first.feature"] = "@arguments\nFeature: First\n  Scenario: runs\n    When I add 1 apples\n  Scenario: not selected\n    When I add 2 apples\n",
        ["b/second.feature"] = "@arguments\nFeature: Second\n  Scenario: not selected either\n    When I add 3 apples\n",
    };

    [Test]
    public async Task Every_feature_s_source_document_and_pickles_are_in_the_stream_even_when_its_scenarios_did_not_run()
    {
        using var run = await RunnerHarness.RunAsync(TwoFeatures, only: ["a/first.feature:3"]);

        run.Journal.Entries.Should().Equal("before run", "int 1 (Int32)", "after run");
        run.Envelopes.All<TestCaseStarted>().Should().ContainSingle();
        run.Envelopes.All<Source>().Select(s => s.Uri).Should().Equal("a/first.feature", "b/second.feature");
        run.Envelopes.All<GherkinDocument>().Select(d => d.Uri).Should().Equal("a/first.feature", "b/second.feature");
        run.Envelopes.All<Pickle>().Select(p => p.Name).Should().BeEquivalentTo("runs", "not selected", "not selected either");
    }

    [Test]
    public async Task The_run_attachment_names_the_run_by_the_id_of_testRunStarted()
    {
        using var run = await RunnerHarness.RunAsync(TwoFeatures, only: []);

        var runId = run.Envelopes.All<TestRunStarted>().Single().Id;
        var attachment = run.Envelopes.All<Attachment>().Should().ContainSingle(a => a.FileName == "run.json", "describeRun's attachment is published").Subject;
        attachment.TestRunStartedId.Should().Be(runId);
        JsonDocument.Parse(attachment.Body).RootElement.GetProperty("runId").GetString().Should().Be(runId, "describeRun is given the run's id");
    }
}
