using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Reporting.Reading;

/// <summary>
/// The keyword (Given/When/Then/And…) of every Gherkin step, by AST node id. Pickle steps carry only text, but a
/// reader of the report wants the step as written, so the keyword is looked up in the documents.
/// </summary>
internal sealed class GherkinKeywords
{
    private readonly Dictionary<string, string> keywordByStepId = new(StringComparer.Ordinal);

    public static GherkinKeywords From(IEnumerable<GherkinDocument> documents)
    {
        var keywords = new GherkinKeywords();
        foreach (var child in documents.SelectMany(d => d.Feature?.Children ?? []))
        {
            keywords.Add(child.Background);
            keywords.Add(child.Scenario);
            foreach (var ruleChild in child.Rule?.Children ?? [])
            {
                keywords.Add(ruleChild.Background);
                keywords.Add(ruleChild.Scenario);
            }
        }
        return keywords;
    }

    /// <summary>The keyword of the first AST node that is a step, trimmed; empty when none is known.</summary>
    public string Of(IEnumerable<string>? astNodeIds) =>
        (astNodeIds ?? []).Select(id => keywordByStepId.GetValueOrDefault(id)).FirstOrDefault(k => k is not null) ?? "";

    private void Add(Background? background) => AddSteps(background?.Steps);

    private void Add(Scenario? scenario) => AddSteps(scenario?.Steps);

    private void AddSteps(IEnumerable<Step>? steps)
    {
        foreach (var step in steps ?? []) keywordByStepId[step.Id] = step.Keyword.Trim();
    }
}
