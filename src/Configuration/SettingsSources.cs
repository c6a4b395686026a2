using System.Collections;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace Cdp.TicketE2E.Configuration;

/// <summary>Where a configuration value came from, in the order the layers override each other.</summary>
public enum SettingsLayer
{
    /// <summary>No layer sets it: the typed settings' own default.</summary>
    BuiltIn,

    /// <summary>appsettings.json beside the suite (src/Steps).</summary>
    DefaultFile,

    /// <summary>appsettings.NAME.json of the chosen profile.</summary>
    ProfileFile,

    /// <summary>An E2E__* environment variable.</summary>
    Environment,

    /// <summary>A value the command line set (./e2e run's options).</summary>
    Options,
}

/// <summary>
/// The inputs of the harness's one configuration, lowest first: appsettings.json beside the suite, the profile's
/// appsettings.NAME.json (profile from --profile or E2E_PROFILE), E2E__* environment variables, the command line's values.
/// The environment is an input rather than read behind the caller's back, so ./e2e config can show exactly what a run
/// would see and tests do not have to change the process's own environment.
/// </summary>
public sealed record SettingsSources(string BaseDirectory, string? Profile, IReadOnlyDictionary<string, string> Environment, IDictionary<string, string?> Overrides)
{
    /// <summary>The environment variable naming the profile (what --profile sets for the test host).</summary>
    public const string ProfileVariable = "E2E_PROFILE";

    /// <summary>True for the variables the settings are read from: E2E__* and <see cref="ProfileVariable"/>.</summary>
    public static bool IsSettingsVariable(string name) => name.StartsWith("E2E__", StringComparison.Ordinal) || name == ProfileVariable;

    private const string DefaultFileName = "appsettings.json";
    private static readonly Regex ProfileName = new("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant);

    /// <summary>This process's environment; the profile is <paramref name="profile"/> or, when null, E2E_PROFILE.</summary>
    public static SettingsSources OfProcess(string baseDirectory, IDictionary<string, string?>? overrides = null, string? profile = null) =>
        OfEnvironment(baseDirectory, System.Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => e.Value as string ?? "", StringComparer.Ordinal), overrides, profile);

    /// <summary>The given environment; the profile is <paramref name="profile"/> or, when null, the environment's E2E_PROFILE.</summary>
    public static SettingsSources OfEnvironment(string baseDirectory, IReadOnlyDictionary<string, string> environment,
        IDictionary<string, string?>? overrides = null, string? profile = null)
    {
        var named = profile ?? environment.GetValueOrDefault(ProfileVariable);
        return new(baseDirectory, string.IsNullOrWhiteSpace(named) ? null : named.Trim(), environment, overrides ?? new Dictionary<string, string?>());
    }

    /// <summary>The profiles that exist: every appsettings.NAME.json beside the suite.</summary>
    public static IReadOnlyList<string> ProfilesIn(string baseDirectory) =>
        Directory.Exists(baseDirectory)
            ? Directory.EnumerateFiles(baseDirectory, "appsettings.*.json").Select(Path.GetFileName).OfType<string>()
                .Select(file => file["appsettings.".Length..^".json".Length]).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The profile's file name (e.g. appsettings.nightly.json), or null without a profile.</summary>
    public string? ProfileFileName => Profile is null ? null : $"appsettings.{ResolvedProfile()}.json";

    /// <summary>The E2E__* variables, by the configuration key each sets (E2E:Run:Retries).</summary>
    public IReadOnlyDictionary<string, string> HarnessVariables() =>
        Environment.Where(e => e.Key.StartsWith("E2E__", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(e => e.Key.Replace("__", ":", StringComparison.Ordinal), e => e.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The layered configuration and, per provider (same index), which layer it is. An unknown profile fails naming the ones that exist.</summary>
    public (IConfigurationRoot Root, IReadOnlyList<SettingsLayer> Layers) Build()
    {
        var builder = new ConfigurationBuilder().AddJsonFile(Path.Combine(BaseDirectory, DefaultFileName), optional: true);
        List<SettingsLayer> layers = [SettingsLayer.DefaultFile];
        if (ProfileFileName is { } profileFile)
        {
            builder.AddJsonFile(Path.Combine(BaseDirectory, profileFile), optional: false);
            layers.Add(SettingsLayer.ProfileFile);
        }
        builder.AddInMemoryCollection(HarnessVariables().Select(v => KeyValuePair.Create(v.Key, (string?)Environment[v.Value])));
        builder.AddInMemoryCollection(Overrides);
        layers.AddRange([SettingsLayer.Environment, SettingsLayer.Options]);
        return (builder.Build(), layers);
    }

    /// <summary>The files a value can come from (defaults, then the profile's), for the no-secrets-in-files check.</summary>
    public IEnumerable<string> Files() =>
        new[] { DefaultFileName, ProfileFileName }.OfType<string>().Select(f => Path.Combine(BaseDirectory, f)).Where(File.Exists);

    // The file's case may differ from what was typed (Nightly vs nightly); anything else is a mistake worth stopping for.
    private string ResolvedProfile()
    {
        var profiles = ProfilesIn(BaseDirectory);
        var list = profiles.Count == 0 ? "none" : string.Join(", ", profiles);
        if (!ProfileName.IsMatch(Profile!))
            throw new SettingsException($"Profile '{Profile}' is not a profile name (letters, digits, '-' and '_' only; it names appsettings.NAME.json). " +
                                        $"Profiles: {list}.");
        return profiles.FirstOrDefault(p => string.Equals(p, Profile, StringComparison.OrdinalIgnoreCase))
            ?? throw new SettingsException($"Profile '{Profile}' does not exist: there is no appsettings.{Profile}.json beside the suite ({BaseDirectory}). " +
                                           $"Profiles: {list}. Use one of those (--profile or E2E_PROFILE), or add src/Steps/appsettings.{Profile}.json and build.");
    }
}
