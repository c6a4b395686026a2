namespace Cdp.TicketE2E.Reporting.Model;

/// <summary>Everything a report needs from one results stream: the run, every pickle with its result, and parse errors.</summary>
/// <param name="Run">Which run this is.</param>
/// <param name="Scenarios">Every pickle of every feature, executed or not, in stream order.</param>
/// <param name="ParseErrors">Feature files that did not parse.</param>
/// <param name="Inconsistencies">Broken references inside the stream (e.g. a test case of an unknown pickle); each makes the stream unfit for the gate.</param>
/// <param name="Notes">Things a reader should know that do not invalidate the run (e.g. a pickle executed in two shards).</param>
public sealed record RunModel(
    RunInfo Run,
    IReadOnlyList<ScenarioResult> Scenarios,
    IReadOnlyList<ParseFailure> ParseErrors,
    IReadOnlyList<string> Inconsistencies,
    IReadOnlyList<string> Notes);
