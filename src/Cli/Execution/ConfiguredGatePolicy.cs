using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Reporting.Coverage;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>How a FLAKY scenario counts for a run's gate: --flaky when given, else the configuration's E2E:Gate:Flaky (a profile's policy).</summary>
internal static class ConfiguredGatePolicy
{
    public static FlakyPolicy Flaky(FlakyPolicy? given, string settingsDirectory, string? profile)
    {
        if (given is { } option) return option;
        if (!File.Exists(Path.Combine(settingsDirectory, "appsettings.json"))) return FlakyPolicy.CountsAsFailing;
        try
        {
            return SettingsLoader.Load(settingsDirectory, profile: profile).Gate.Flaky == FlakyGatePolicy.CountsAsPassing
                ? FlakyPolicy.CountsAsPassing
                : FlakyPolicy.CountsAsFailing;
        }
        catch (SettingsException)
        {
            // The run's preflight loads the same configuration and stops on the bad value, naming it, before anything runs.
            return FlakyPolicy.CountsAsFailing;
        }
    }
}
