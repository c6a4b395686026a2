using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Reporting.Model;

/// <summary>Whether a test step runs a hook or a Gherkin step.</summary>
public enum StepKind
{
    /// <summary>A before/after hook.</summary>
    Hook,

    /// <summary>A Gherkin step of the pickle.</summary>
    Step,
}

/// <summary>The result of one test step in one attempt.</summary>
/// <param name="TestStepId">The test step id in the stream.</param>
/// <param name="Kind">Hook or Gherkin step.</param>
/// <param name="Keyword">The Gherkin keyword as written (Given, When, Then, And…); empty for hooks.</param>
/// <param name="Text">The step text without keyword (what bindings match), or <c>Before hook: StartBrowser</c>.</param>
/// <param name="Status">The Cucumber status; UNKNOWN when the stream holds no result for the step.</param>
/// <param name="Duration">How long it took.</param>
/// <param name="Error">The failure message (and stack) when there is one.</param>
/// <param name="Bindings">For a Gherkin step, the matching step definition patterns (none = undefined, two or more = ambiguous).</param>
public sealed record StepOutcome(
    string TestStepId,
    StepKind Kind,
    string Keyword,
    string Text,
    TestStepResultStatus Status,
    TimeSpan Duration,
    string? Error,
    IReadOnlyList<string> Bindings)
{
    /// <summary>What a reader sees: <c>Given the user opens …</c>.</summary>
    public string Display => Keyword.Length == 0 ? Text : $"{Keyword} {Text}";
}
