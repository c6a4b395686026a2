using Cdp.TicketE2E.Reporting.Model;
using Cdp.TicketE2E.Reporting.Reading;
using Cdp.TicketE2E.Tests.Reporting.Fixtures;
using FluentAssertions;
using Io.Cucumber.Messages.Types;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Reporting;

/// <summary>Status rules per pickle: what the stream's attempts and steps make of a scenario.</summary>
[TestFixture]
public sealed class ScenarioStatusTests
{
    public static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(new[] { AttemptPlan.Passed }, ScenarioStatus.Passed).SetName("Passed");
        yield return new TestCaseData(new[] { AttemptPlan.Failed }, ScenarioStatus.Failed).SetName("Failed");
        yield return new TestCaseData(new[] { AttemptPlan.Failed, AttemptPlan.Passed }, ScenarioStatus.Flaky).SetName("FailedThenPassedIsFlaky");
        yield return new TestCaseData(new[] { AttemptPlan.Failed, AttemptPlan.Failed }, ScenarioStatus.Failed).SetName("FailedOnEveryRetryIsFailed");
        yield return new TestCaseData(new[] { AttemptPlan.Undefined }, ScenarioStatus.Undefined).SetName("Undefined");
        yield return new TestCaseData(new[] { AttemptPlan.Ambiguous }, ScenarioStatus.Ambiguous).SetName("Ambiguous");
        yield return new TestCaseData(new[] { AttemptPlan.Pending }, ScenarioStatus.Pending).SetName("Pending");
        yield return new TestCaseData(new[] { AttemptPlan.Skipped }, ScenarioStatus.Skipped).SetName("Skipped");
        yield return new TestCaseData(new[] { AttemptPlan.Unfinished }, ScenarioStatus.Unknown).SetName("UnfinishedAttemptIsUnknown");
        yield return new TestCaseData(Array.Empty<AttemptPlan>(), ScenarioStatus.NotRun).SetName("NotExecutedIsNotRun");
    }

    [TestCaseSource(nameof(Cases))]
    public void Final_status_follows_the_last_attempt(AttemptPlan[] attempts, ScenarioStatus expected)
    {
        var scenario = Read(attempts);

        scenario.Status.Should().Be(expected);
        scenario.Attempts.Should().HaveCount(attempts.Length);
        scenario.Executed.Should().Be(attempts.Length > 0);
    }

    [Test]
    public void Flaky_keeps_the_first_attempts_error_and_both_attempts()
    {
        var scenario = Read(AttemptPlan.Failed, AttemptPlan.Passed);

        scenario.Attempts.Select(a => a.Attempt).Should().Equal(0, 1);
        scenario.Attempts[0].Status.Should().Be(TestStepResultStatus.FAILED);
        scenario.Attempts[0].Error.Should().Be(AttemptPlan.FailureMessage);
        scenario.Attempts[0].WillBeRetried.Should().BeTrue();
        scenario.FinalAttempt!.Status.Should().Be(TestStepResultStatus.PASSED);
    }

    [Test]
    public void Steps_read_as_written_with_keywords_hooks_and_bindings()
    {
        var steps = Read(AttemptPlan.Ambiguous).FinalAttempt!.Steps;

        steps.Select(s => s.Display).Should().Equal(
            "Before hook: StartBrowser",
            "Given a permitted user on the customer page",
            "When they create a ticket from the customer",
            "Then the ticket is associated to the customer");
        steps[0].Kind.Should().Be(StepKind.Hook);
        steps[2].Status.Should().Be(TestStepResultStatus.AMBIGUOUS);
        steps[2].Bindings.Should().HaveCount(2).And.Contain(b => b.StartsWith("{word} create a ticket"));
    }

    [Test]
    public void A_step_without_binding_is_undefined_whatever_status_was_written()
    {
        var scenario = Read(new AttemptPlan(TestStepResultStatus.PASSED, Bindings: 0));

        scenario.Status.Should().Be(ScenarioStatus.Undefined);
    }

    [Test]
    public void Evidence_of_a_failed_attempt_is_linked_and_text_bodies_kept()
    {
        var evidence = Read(AttemptPlan.Failed).FinalAttempt!.Evidence;

        evidence.Should().ContainSingle(e => e.MediaType == "image/png")
            .Which.Url.Should().Be("evidence/a-scenario/attempt-1.png");
        evidence.Should().ContainSingle(e => e.MediaType == "text/plain")
            .Which.InlineText.Should().Contain("POST /v1/leads/42/tickets/T-1001");
    }

    [Test]
    public void An_unfinished_attempt_says_so()
    {
        var attempt = Read(AttemptPlan.Unfinished).FinalAttempt!;

        attempt.Finished.Should().BeFalse();
        attempt.Error.Should().Contain("never finished");
    }

    [Test]
    public void The_stream_survives_a_round_trip_through_an_ndjson_file()
    {
        using var folder = new TempFolder();
        var stream = new RunStreamBuilder();
        stream.Run(stream.Scenario("features/web/a.feature", 3, "a scenario", "@web", "@req:WEB-01"), AttemptPlan.Failed, AttemptPlan.Passed);
        var path = folder.File("cucumber.ndjson");
        StreamFile.Write(path, stream.Build());

        var model = RunModelReader.Read(StreamFile.Read(path));

        model.Scenarios.Single().Status.Should().Be(ScenarioStatus.Flaky);
        model.Run.Id.Should().Be(stream.RunId);
        model.Run.Commit.Should().Be(RunStreamBuilder.DefaultCommit);
        model.Run.Target.Should().Be("embedded");
    }

    private static ScenarioResult Read(params AttemptPlan[] attempts)
    {
        var stream = new RunStreamBuilder();
        var pickle = stream.Scenario("features/web/a.feature", 3, "a scenario", "@web", "@req:WEB-01");
        if (attempts.Length > 0) stream.Run(pickle, attempts);
        return RunModelReader.Read(stream.Build()).Scenarios.Single();
    }
}
