using Cdp.TicketE2E.Configuration;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>
/// ./e2e config: the configuration ./e2e run would hand the suite with the same options, one value a line with the layer
/// that decided it (built-in default, appsettings.json, the profile's file, an E2E__ variable, an option), secrets masked.
/// </summary>
internal static class ConfigReport
{
    public static int Write(SuiteRunOptions options, string suiteDirectory, TextWriter output)
    {
        var variables = RunEnvironment.Of(options);
        var run = variables.ToDictionary();
        var sources = SettingsSources.OfProcess(suiteDirectory, Preflight.SettingsOverrides(run), run.GetValueOrDefault(SettingsSources.ProfileVariable));
        IReadOnlyList<ConfigurationEntry> entries;
        try
        {
            entries = EffectiveConfiguration.Explain(sources);
        }
        catch (SettingsException e)
        {
            output.WriteLine($"./e2e config: the configuration cannot be used: {e.Message}");
            return 2;
        }
        output.WriteLine($"The configuration ./e2e run would use{(sources.Profile is null ? "" : $" with profile {sources.Profile}")}; later layers win: " +
                         $"built-in < appsettings.json{(sources.ProfileFileName is { } file ? $" < {file}" : "")} < E2E__* environment < options. Secrets are masked.");
        var keyWidth = entries.Max(e => e.Key.Length);
        var valueWidth = Math.Min(60, entries.Max(e => e.Shown.Length));
        foreach (var entry in entries)
            output.WriteLine($"{entry.Key.PadRight(keyWidth)}  {(entry.Shown.Length == 0 ? "(empty)" : entry.Shown).PadRight(valueWidth)}  {Origin(entry, sources, variables)}");
        return 0;
    }

    private static string Origin(ConfigurationEntry entry, SettingsSources sources, IReadOnlyList<RunVariable> variables) => entry.Layer switch
    {
        SettingsLayer.BuiltIn => "built-in default",
        SettingsLayer.DefaultFile => "appsettings.json",
        SettingsLayer.ProfileFile => $"{sources.ProfileFileName} (profile {sources.Profile})",
        SettingsLayer.Environment => $"environment {entry.Variable}",
        _ => variables.FirstOrDefault(v => v.Name == entry.Variable)?.Origin is { } origin && !origin.StartsWith("--", StringComparison.Ordinal)
            ? $"set by {origin}"
            : $"option {variables.FirstOrDefault(v => v.Name == entry.Variable)?.Origin ?? entry.Variable}",
    };
}
