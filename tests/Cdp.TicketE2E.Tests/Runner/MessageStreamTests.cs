using Cdp.TicketE2E.Runner.Messages;
using FluentAssertions;
using Io.Cucumber.Messages.Types;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Runner;

public sealed class MessageStreamTests
{
    private const string Features = """
        @web @req:TCKT-S01
        Feature: Stream
          Scenario: passes
            Given an empty basket
          Scenario: flaky
            Given a step that passes only on a retry
        """;

    [Test]
    public async Task The_stream_has_the_standard_envelopes_in_order_and_round_trips_through_json()
    {
        var harness = new RunnerHarness();
        await harness.RunAsync(new Dictionary<string, string> { ["web/stream.feature"] = Features }, 1, typeof(BasketSteps), typeof(FlakyBindings));

        var envelopes = harness.Sink.Envelopes;
        envelopes[0].Meta.Should().NotBeNull();
        envelopes[1].TestRunStarted.Should().NotBeNull();
        envelopes.Should().Contain(e => e.Source != null && e.Source.Uri == "web/stream.feature");
        envelopes.Count(e => e.Pickle != null).Should().Be(2);
        envelopes.Should().Contain(e => e.StepDefinition != null);
        envelopes[^1].TestRunFinished.Should().NotBeNull();
        harness.Sink.Lines.Should().Contain(l => l.Contains("\"mediaType\":\"text/x.cucumber.gherkin+plain\""));
        harness.Sink.Lines.Should().Contain(l => l.Contains("\"status\":\"PASSED\""));
    }

    [Test]
    public async Task A_failure_then_pass_is_two_attempts_the_first_marked_will_be_retried()
    {
        var harness = new RunnerHarness();
        var results = await harness.RunAsync(new Dictionary<string, string> { ["web/stream.feature"] = Features }, 1, typeof(BasketSteps), typeof(FlakyBindings));

        results[1].Flaky.Should().BeTrue();
        results[1].Status.Should().Be(TestStepResultStatus.PASSED);
        var envelopes = harness.Sink.Envelopes;
        envelopes.Where(e => e.TestCaseStarted != null).Select(e => e.TestCaseStarted.Attempt).Should().Equal(0, 0, 1);
        envelopes.Where(e => e.TestCaseFinished != null).Select(e => e.TestCaseFinished.WillBeRetried).Should().Equal(false, true, false);
    }

    [Test]
    public async Task Evidence_is_written_under_the_scenario_name_and_linked_as_an_attachment()
    {
        var harness = new RunnerHarness();
        await harness.RunAsync(new Dictionary<string, string>
        {
            ["web/evidence.feature"] = "Feature: Evidence\n  Scenario: Leaves a journal\n    Given a step that leaves evidence and fails\n",
        }, 0, typeof(FlakyBindings));

        var attachment = harness.Sink.Envelopes.Select(e => e.Attachment).Single(a => a != null && a.FileName == "journal.txt");
        attachment.Url.Should().Be("evidence/web-evidence--leaves-a-journal-L2/attempt-0/journal.txt");
        attachment.TestCaseStartedId.Should().NotBeNullOrEmpty();
        File.ReadAllText(Path.Combine(harness.ReportsDirectory, attachment.Url)).Should().Be("GET /embed/ticket/create 200");
    }

    [Test]
    public void Timestamps_keep_nanosecond_precision_through_the_clock_helpers()
    {
        var time = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero).AddTicks(1234567);

        Clock.ToDateTime(Clock.ToTimestamp(time)).Should().Be(time);
        Clock.ToTimeSpan(Clock.ToDuration(TimeSpan.FromMilliseconds(1500))).Should().Be(TimeSpan.FromMilliseconds(1500));
    }
}
