using Microsoft.Extensions.Configuration;

namespace Cdp.TicketE2E.Configuration;

/// <summary>
/// Builds <see cref="HarnessSettings"/> from its layers (<see cref="SettingsSources"/>: appsettings.json, the profile's
/// appsettings.NAME.json, E2E__* variables, the command line), failing fast on a bad value.
/// </summary>
public static class SettingsLoader
{
    /// <summary>Loads and validates with this process's environment; the profile is <paramref name="profile"/> or, when null, E2E_PROFILE.</summary>
    public static HarnessSettings Load(string baseDirectory, IDictionary<string, string?>? overrides = null, string? profile = null) =>
        Load(SettingsSources.OfProcess(baseDirectory, overrides, profile));

    /// <summary>Loads and validates; paths left empty are resolved against the repository root.</summary>
    public static HarnessSettings Load(SettingsSources sources)
    {
        RefuseSecretsInFiles(sources);
        var configuration = sources.Build().Root.GetSection("E2E");
        HarnessSettings settings;
        try
        {
            settings = configuration.Get<HarnessSettings>(o => o.ErrorOnUnknownConfiguration = true) ?? new HarnessSettings();
        }
        catch (InvalidOperationException e)
        {
            throw new SettingsException($"The harness configuration is invalid: {e.Message}{AllowedValuesHint(e.Message)}");
        }
        var root = RepositoryRoot.Find(sources.BaseDirectory);
        Validate(settings, root);
        return settings with
        {
            Paths = new PathSettings
            {
                Features = Absolute(settings.Paths.Features, root, "features"),
                Reports = Absolute(settings.Paths.Reports, root, "reports"),
            },
        };
    }

    // Files are committed and copied beside the suite; a secret in one would leak into the repository and every build.
    private static void RefuseSecretsInFiles(SettingsSources sources)
    {
        foreach (var file in sources.Files())
        {
            var secret = new ConfigurationBuilder().AddJsonFile(file).Build().AsEnumerable()
                .FirstOrDefault(e => !string.IsNullOrEmpty(e.Value) && (SecretValues.IsSecretKey(e.Key) || SecretValues.HasUrlPassword(e.Value)));
            if (secret.Key is not null)
                throw new SettingsException($"{Path.GetFileName(file)} sets {secret.Key}, a secret: secrets come only from the environment, never from a " +
                                            $"file in the repository. Remove it from the file and set {secret.Key.Replace(":", "__", StringComparison.Ordinal)} " +
                                            "in the environment (in CI, from a secret variable).");
        }
    }

    private static void Validate(HarnessSettings settings, string root)
    {
        if (settings.Run.Retries is < 0 or > 5)
            throw new SettingsException($"E2E:Run:Retries is {settings.Run.Retries}; allowed 0 to 5.");
        if (settings.Run.StepTimeoutSeconds is < 1 or > 3600)
            throw new SettingsException($"E2E:Run:StepTimeoutSeconds is {settings.Run.StepTimeoutSeconds}; allowed 1 to 3600.");
        if (settings.Run.ExpectTimeoutSeconds is < 1 or > 600)
            throw new SettingsException($"E2E:Run:ExpectTimeoutSeconds is {settings.Run.ExpectTimeoutSeconds}; allowed 1 to 600.");
        if (settings.Run.NavigationTimeoutSeconds is < 1 or > 600)
            throw new SettingsException($"E2E:Run:NavigationTimeoutSeconds is {settings.Run.NavigationTimeoutSeconds}; allowed 1 to 600.");
        settings.ReferenceApps.Validate(settings.Target, root);
        settings.Web.Validate();
        settings.Mobile.Validate();
        settings.Fakes.Validate();
        settings.Deployed.Validate(settings.Target);
        settings.Grid.Validate();
    }

    private static string AllowedValuesHint(string message)
    {
        foreach (var type in new[] { typeof(TargetKind), typeof(TracePolicy), typeof(FakesMode), typeof(DeployedBackend), typeof(MobilePlatform), typeof(FlakyGatePolicy) })
            if (message.Contains(type.FullName!, StringComparison.Ordinal) || message.Contains(type.Name, StringComparison.Ordinal))
                return $" Allowed values for {type.Name}: {string.Join(", ", Enum.GetNames(type))}.";
        return "";
    }

    private static string Absolute(string configured, string root, string defaultFolder) =>
        Path.GetFullPath(configured.Length == 0 ? Path.Combine(root, defaultFolder) : configured, root);
}

/// <summary>A configuration value that cannot be used; the message names the key, the value and what is allowed.</summary>
public sealed class SettingsException(string message) : Exception(message);
