using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Reporting.Merge;

/// <summary>
/// Keeps the first of every definition message across inputs: sources and documents by uri, pickles, step
/// definitions, hooks, parameter types and suggestions by id, parse errors by location and message. Inputs of one
/// commit define the same things with the same ids, so the first copy stands for all.
/// </summary>
internal static class DefinitionDeduplicator
{
    public static IEnumerable<Envelope> Distinct(IEnumerable<Envelope> envelopes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in envelopes)
        {
            var key = KeyOf(e);
            if (key is not null && seen.Add(key)) yield return e;
        }
    }

    private static string? KeyOf(Envelope e) => e switch
    {
        { Source: { } s } => "source " + s.Uri,
        { GherkinDocument: { } d } => "document " + d.Uri,
        { Pickle: { } p } => "pickle " + p.Id,
        { ParseError: { } p } => $"parseError {p.Source?.Uri}:{p.Source?.Location?.Line}:{p.Message}",
        { StepDefinition: { } s } => "stepDefinition " + s.Id,
        { Hook: { } h } => "hook " + h.Id,
        { ParameterType: { } p } => "parameterType " + p.Id,
        { UndefinedParameterType: { } u } => $"undefinedParameterType {u.Name} {u.Expression}",
        { Suggestion: { } s } => "suggestion " + s.Id,
        _ => null,
    };
}
