using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.FeatureFiles;

/// <summary>One runnable scenario: a compiled pickle plus where it came from.</summary>
public sealed record ScenarioCase(Pickle Pickle, string FeatureName)
{
    /// <summary>Feature path relative to the features folder, with forward slashes.</summary>
    public string Uri => Pickle.Uri;

    /// <summary>Line of the scenario, or of the example row for an outline.</summary>
    public long Line => Pickle.Location.Line;

    /// <summary>Space-free, unique, stable key: <c>web/create-ticket.feature:12</c>.</summary>
    public string Key => $"{Uri}:{Line}";

    /// <summary>Tags with their @, inherited from feature, rule and examples.</summary>
    public IReadOnlyList<string> Tags => Pickle.Tags.Select(t => t.Name).ToList();

    /// <summary>Test name: feature, scenario and the key token, e.g. <c>Create ticket: Happy path [web/create-ticket.feature:12]</c>.</summary>
    public string DisplayName => $"{FeatureName}: {Pickle.Name} [{Key}]";
}
