using Cdp.TicketE2E.Runner.Plugin;
using Reqnroll;

namespace Cdp.TicketE2E.RunnerSamples;

/// <summary>Steps that end each way a step can end other than passing: failing, pending, not runnable here, never finishing.</summary>
[Binding]
[Scope(Tag = "outcomes")]
internal sealed class OutcomeSteps(Journal journal)
{
    [When("it fails with {string}")]
    public void Fails(string message) => throw new InvalidOperationException(message);

    [Then("a later check runs")]
    public void LaterCheck() => journal.Add("later check ran");

    [Then("this is not automated yet")]
    public void NotAutomatedYet() => throw new PendingStepException();

    [Given("the target cannot arrange {string}")]
    public void CannotArrange(string what) => throw new NUnit.Framework.IgnoreException($"{what} needs the fake CRM, which this target does not have");

    // Never completes: only the step timeout can end it.
    [When("the page never answers")]
    public Task NeverAnswers() => new TaskCompletionSource().Task;
}
