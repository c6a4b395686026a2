using FluentAssertions;
using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters.PayloadProcessing.Cucumber;

namespace Cdp.TicketE2E.Tests.Runner;

/// <summary>Finds in a message stream what the tests ask about: how a step or hook of the (single-attempt) run ended.</summary>
internal static class StreamQueries
{
    public static IEnumerable<T> All<T>(this IEnumerable<Envelope> envelopes) where T : class =>
        envelopes.Select(e => e.Content()).OfType<T>();

    /// <summary>The result of the test step that ran the pickle step with this text.</summary>
    public static TestStepResult ResultOfStep(this IReadOnlyList<Envelope> envelopes, string stepText)
    {
        var pickleStep = envelopes.All<Pickle>().SelectMany(p => p.Steps)
            .Should().ContainSingle(s => s.Text == stepText, "the stream has that step's pickle").Subject;
        return envelopes.ResultOf(envelopes.All<TestCase>().SelectMany(t => t.TestSteps).Single(s => s.PickleStepId == pickleStep.Id));
    }

    /// <summary>The result of the test step that ran the hook with this name (<c>Class.Method</c>).</summary>
    public static TestStepResult ResultOfHook(this IReadOnlyList<Envelope> envelopes, string hookName)
    {
        var hook = envelopes.All<Hook>().Should().ContainSingle(h => h.Name == hookName, "the stream names each hook after its method").Subject;
        return envelopes.ResultOf(envelopes.All<TestCase>().SelectMany(t => t.TestSteps).Single(s => s.HookId == hook.Id));
    }

    private static TestStepResult ResultOf(this IReadOnlyList<Envelope> envelopes, TestStep step) =>
        envelopes.All<TestStepFinished>().Single(f => f.TestStepId == step.Id).TestStepResult;
}
