using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.FeatureFiles;

/// <summary>
/// Gives each row of a Scenario Outline a name of its own when the outline's name has no &lt;placeholder&gt; that would
/// make one: the name, then the Examples block's name and the row's values, so six rows never read as one name six
/// times in test names, junit.xml and the reports.
/// </summary>
internal static class OutlineRowNames
{
    public static Pickle Distinct(Pickle pickle, GherkinDocument document)
    {
        if (pickle.AstNodeIds.Count < 2) return pickle;
        var scenario = Scenarios(document.Feature).FirstOrDefault(s => s.Id == pickle.AstNodeIds[0]);
        var examples = scenario?.Examples.FirstOrDefault(e => e.TableBody.Any(r => r.Id == pickle.AstNodeIds[^1]));
        if (scenario is null || examples is null || pickle.Name != scenario.Name) return pickle;
        var values = string.Join(", ", examples.TableBody.First(r => r.Id == pickle.AstNodeIds[^1]).Cells.Select(c => c.Value));
        var name = string.IsNullOrWhiteSpace(examples.Name) ? $"{scenario.Name} ({values})" : $"{scenario.Name} ({examples.Name}: {values})";
        return new Pickle(pickle.Id, pickle.Uri, pickle.Location, name, pickle.Language, pickle.Steps, pickle.Tags, pickle.AstNodeIds);
    }

    private static IEnumerable<Scenario> Scenarios(Feature? feature) => feature is null ? [] :
        feature.Children.Select(c => c.Scenario).OfType<Scenario>()
            .Concat(feature.Children.Select(c => c.Rule).OfType<Rule>().SelectMany(r => r.Children.Select(c => c.Scenario).OfType<Scenario>()));
}
