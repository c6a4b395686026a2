using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.FeatureFiles;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>
/// What ./e2e run checks before anything runs or any report is touched: the configuration the suite will load (file,
/// environment, options), that a configured Selenium Grid is ready, that every feature file parses, and that the selection
/// matches at least one scenario. A problem is one message naming the cause and the fix; the run then stops with exit code 2.
/// </summary>
internal static class Preflight
{
    private const int Suggestions = 3;

    /// <summary>
    /// The features the suite will load, or the problem that stops the run. The settings are loaded exactly as the suite
    /// will load them: its appsettings.json, the profile's file (E2E_PROFILE in <paramref name="environment"/>, else the process's),
    /// then the environment, then <paramref name="environment"/> (the run's options).
    /// </summary>
    public static (string? Problem, FeatureSet? Features) Check(ScenarioSelection selection, IReadOnlyDictionary<string, string> environment, string suiteDirectory)
    {
        HarnessSettings settings;
        try
        {
            settings = SettingsLoader.Load(suiteDirectory, SettingsOverrides(environment), environment.GetValueOrDefault(SettingsSources.ProfileVariable));
        }
        catch (SettingsException e)
        {
            return (e.Message, null);
        }
        // A grid that cannot serve sessions would fail every scenario the same way: say so once, before anything runs.
        if (settings.Grid.IsUsed && GridStatusProbe.Problem(settings.Grid) is { } gridProblem) return (gridProblem, null);
        var features = FeatureSet.Load(settings.Paths.Features);
        if (features.ParseErrors.Count > 0)
            return ($"{features.ParseErrors.Count} feature file(s) do not parse, so their scenarios would silently be missing from the run:\n" +
                    string.Join('\n', features.ParseErrors.Select(e => "  " + e)) + "\nFix the Gherkin at those positions (./e2e lint checks them).", null);
        return selection.IsEverything || features.Scenarios.Any(s => selection.Matches(s.DisplayName, s.Tags) != false)
            ? (null, features)
            : (NothingMatches(selection, features), null);
    }

    /// <summary>The run's E2E__* variables as the configuration keys they set (E2E:Run:Retries), the layer above the environment.</summary>
    public static Dictionary<string, string?> SettingsOverrides(IReadOnlyDictionary<string, string> environment) =>
        environment.Where(e => e.Key.StartsWith("E2E__", StringComparison.Ordinal))
            .ToDictionary(e => e.Key.Replace("__", ":", StringComparison.Ordinal), e => (string?)e.Value);

    private static string NothingMatches(ScenarioSelection selection, FeatureSet features)
    {
        var closest = features.Scenarios.Select(s => s.Pickle.Name).Distinct()
            .OrderByDescending(name => Likeness(name, selection.Name ?? "")).Take(Suggestions);
        var tags = features.Scenarios.SelectMany(s => s.Tags).Select(t => t.TrimStart('@')).Distinct().Order(StringComparer.Ordinal);
        return $"No scenario matches {selection.AsOptions()}.\n" +
               (selection.Name is null ? "" : $"  Closest names: {string.Join("; ", closest.Select(n => $"\"{n}\""))}\n") +
               $"  Tags in use: {string.Join(", ", tags)}\n" +
               "  List the scenarios with: ./e2e run --list (add the same options to see what they select).";
    }

    // Shared words, weighted by length: enough to put "creates a ticket" next to "A permitted user creates a ticket ...".
    private static int Likeness(string name, string asked) =>
        asked.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(word => name.Contains(word, StringComparison.OrdinalIgnoreCase)).Sum(word => word.Length);
}
