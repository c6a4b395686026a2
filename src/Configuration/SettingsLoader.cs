using Microsoft.Extensions.Configuration;

namespace Cdp.TicketE2E.Configuration;

/// <summary>Builds <see cref="HarnessSettings"/> from appsettings.json and E2E__* variables, failing fast on a bad value.</summary>
public static class SettingsLoader
{
    /// <summary>Loads and validates; paths left empty are resolved against the repository root.</summary>
    public static HarnessSettings Load(string baseDirectory, IDictionary<string, string?>? overrides = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(baseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build()
            .GetSection("E2E");
        HarnessSettings settings;
        try
        {
            settings = configuration.Get<HarnessSettings>(o => o.ErrorOnUnknownConfiguration = true) ?? new HarnessSettings();
        }
        catch (InvalidOperationException e)
        {
            throw new SettingsException($"The harness configuration is invalid: {e.Message}{AllowedValuesHint(e.Message)}");
        }
        var root = RepositoryRoot.Find(baseDirectory);
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
        foreach (var type in new[] { typeof(TargetKind), typeof(TracePolicy), typeof(FakesMode), typeof(DeployedBackend), typeof(MobilePlatform) })
            if (message.Contains(type.FullName!, StringComparison.Ordinal) || message.Contains(type.Name, StringComparison.Ordinal))
                return $" Allowed values for {type.Name}: {string.Join(", ", Enum.GetNames(type))}.";
        return "";
    }

    private static string Absolute(string configured, string root, string defaultFolder) =>
        Path.GetFullPath(configured.Length == 0 ? Path.Combine(root, defaultFolder) : configured, root);
}

/// <summary>A configuration value that cannot be used; the message names the key, the value and what is allowed.</summary>
public sealed class SettingsException(string message) : Exception(message);
