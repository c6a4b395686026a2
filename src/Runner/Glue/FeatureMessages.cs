using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters.RuntimeSupport;

namespace Cdp.TicketE2E.Runner.Glue;

/// <summary>One feature file as Reqnroll knows it: its FeatureInfo, carrying the source, document and pickles of our own parse.</summary>
internal sealed class FeatureMessages : IFeatureLevelCucumberMessages
{
    private readonly List<ScenarioCase> scenarios;

    public FeatureMessages(FeatureSet features, GherkinDocument document)
    {
        (GherkinDocument, Source) = (document, features.Sources.First(s => s.Uri == document.Uri));
        scenarios = features.Scenarios.Where(s => s.Uri == document.Uri).ToList();
        var feature = document.Feature;
        Info = new FeatureInfo(new CultureInfo(feature.Language), Path.GetDirectoryName(document.Uri) ?? "", feature.Name, feature.Description ?? "",
            ProgrammingLanguage.CSharp, feature.Tags.Select(t => t.Name.TrimStart('@')).ToArray(), this);
    }

    public FeatureInfo Info { get; }

    // What Reqnroll's message formatter publishes when the feature starts.
    public bool HasMessages => true;
    public Source Source { get; }
    public GherkinDocument GherkinDocument { get; }
    public IEnumerable<Pickle> Pickles => scenarios.Select(s => s.Pickle);

    /// <summary>The scenario's index among this feature's pickles: how Reqnroll ties a scenario run to its pickle.</summary>
    public string PickleIndexOf(ScenarioCase scenario) => scenarios.FindIndex(s => s.Key == scenario.Key).ToString(CultureInfo.InvariantCulture);
}
