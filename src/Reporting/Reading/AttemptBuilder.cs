using Cdp.TicketE2E.Reporting.Model;
using Cucumber.Messages;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Reporting.Reading;

/// <summary>Turns one <c>testCaseStarted</c> and the messages that refer to it into an <see cref="AttemptResult"/>.</summary>
internal sealed class AttemptBuilder(StreamIndex index, GherkinKeywords keywords, string? streamRunId)
{
    public AttemptResult Build(TestCaseStarted start, TestCase testCase, Pickle pickle)
    {
        var results = (index.StepResults.GetValueOrDefault(start.Id) ?? [])
            .GroupBy(r => r.TestStepId).ToDictionary(g => g.Key, g => g.Last().TestStepResult);
        var steps = testCase.TestSteps.Select(step => Outcome(step, pickle, results.GetValueOrDefault(step.Id))).ToList();
        var finish = index.Finishes.GetValueOrDefault(start.Id);
        var gherkinSteps = steps.Where(s => s.Kind == StepKind.Step).Select(s => s.Status).ToList();
        // No Gherkin steps proves nothing, and an unfinished attempt may have lost results: both stay UNKNOWN at best.
        var statuses = gherkinSteps.Count == 0 || finish is null
            ? steps.Select(s => s.Status).Append(TestStepResultStatus.UNKNOWN)
            : steps.Select(s => s.Status);
        return new AttemptResult(
            (int)start.Attempt,
            start.Id,
            testCase.TestRunStartedId ?? streamRunId,
            start.Timestamp is null ? null : new DateTimeOffset(Converters.ToDateTime(start.Timestamp), TimeSpan.Zero),
            StepStatusRanking.Worst(statuses),
            finish is not null,
            finish?.WillBeRetried ?? false,
            steps,
            EvidenceReader.Read(index, start.Id));
    }

    private StepOutcome Outcome(TestStep step, Pickle pickle, TestStepResult? result)
    {
        var duration = result?.Duration is null ? TimeSpan.Zero : Converters.ToTimeSpan(result.Duration);
        var error = result?.Message ?? ExceptionText(result?.Exception);
        if (step.HookId is not null || step.PickleStepId is null)
            return new StepOutcome(step.Id, StepKind.Hook, "", HookText(step.HookId), result?.Status ?? TestStepResultStatus.UNKNOWN, duration, error, []);

        var pickleStep = pickle.Steps.FirstOrDefault(s => s.Id == step.PickleStepId);
        var keyword = pickleStep is null ? "" : keywords.Of(pickleStep.AstNodeIds);
        var text = pickleStep?.Text ?? $"(unknown step {step.PickleStepId})";
        var bindings = (step.StepDefinitionIds ?? []).Select(BindingText).ToList();
        // The binding list is the ground truth for undefined/ambiguous, whatever status the runner wrote.
        var status = bindings.Count switch
        {
            0 => TestStepResultStatus.UNDEFINED,
            > 1 => TestStepResultStatus.AMBIGUOUS,
            _ => result?.Status ?? TestStepResultStatus.UNKNOWN,
        };
        return new StepOutcome(step.Id, StepKind.Step, keyword, text, status, duration, error, bindings);
    }

    private string HookText(string? hookId)
    {
        var hook = hookId is null ? null : index.Hooks.GetValueOrDefault(hookId);
        var when = hook?.Type switch
        {
            HookType.BEFORE_TEST_CASE or HookType.BEFORE_TEST_STEP or HookType.BEFORE_TEST_RUN => "Before",
            HookType.AFTER_TEST_CASE or HookType.AFTER_TEST_STEP or HookType.AFTER_TEST_RUN => "After",
            _ => "Hook",
        };
        var name = hook?.Name ?? hook?.SourceReference?.Uri;
        return name is null ? $"{when} hook" : $"{when} hook: {name}";
    }

    private string BindingText(string definitionId)
    {
        var definition = index.StepDefinitions.GetValueOrDefault(definitionId);
        var where = definition?.SourceReference?.JavaMethod is { } method ? $" ({method.ClassName}.{method.MethodName})"
            : definition?.SourceReference?.Uri is { } uri ? $" ({uri})" : "";
        return (definition?.Pattern?.Source ?? definitionId) + where;
    }

    private static string? ExceptionText(Io.Cucumber.Messages.Types.Exception? exception) =>
        exception is null ? null : $"{exception.Type}: {exception.Message}{Environment.NewLine}{exception.StackTrace}".TrimEnd();
}
