using Cdp.TicketE2E.Configuration;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Configuration;

/// <summary>What ./e2e config prints: every effective value, where it came from, and secrets masked.</summary>
public sealed class EffectiveConfigurationTests
{
    [Test]
    public void Each_value_names_the_layer_that_decided_it()
    {
        var environment = new Dictionary<string, string> { ["E2E__Browser__Headless"] = "false" };
        var options = new Dictionary<string, string?> { ["E2E:Run:StepTimeoutSeconds"] = "90" };

        var entries = EffectiveConfiguration.Explain(SettingsSources.OfEnvironment(AppContext.BaseDirectory, environment, options, profile: "nightly"))
            .ToDictionary(e => e.Key);

        entries["E2E:Target"].Layer.Should().Be(SettingsLayer.DefaultFile);
        entries["E2E:Run:Retries"].Should().Match<ConfigurationEntry>(e => e.Layer == SettingsLayer.ProfileFile && e.Shown == "1");
        entries["E2E:Browser:Headless"].Should().Be(new ConfigurationEntry("E2E:Browser:Headless", "false", SettingsLayer.Environment, "E2E__Browser__Headless"));
        entries["E2E:Run:StepTimeoutSeconds"].Should().Match<ConfigurationEntry>(e => e.Layer == SettingsLayer.Options && e.Shown == "90");
        entries["E2E:Mobile:DeviceWidth"].Should().Match<ConfigurationEntry>(e => e.Layer == SettingsLayer.BuiltIn && e.Shown == "390");
    }

    [Test]
    public void A_secret_from_the_environment_is_masked_and_a_password_in_a_URL_too()
    {
        var environment = new Dictionary<string, string>
        {
            ["E2E__Mobile__Capabilities__browserstack.accessKey"] = "s3cr3t-access-key",
            ["E2E__Mobile__ServerUrl"] = "https://qa:hunter2-pw@farm.example.test/wd/hub",
        };

        var entries = EffectiveConfiguration.Explain(SettingsSources.OfEnvironment(AppContext.BaseDirectory, environment));

        entries.Select(e => e.Shown).Should().NotContain(v => v.Contains("s3cr3t") || v.Contains("hunter2"));
        entries.Single(e => e.Key == "E2E:Mobile:Capabilities:browserstack.accessKey").Shown.Should().Be(SecretValues.Mask);
        entries.Single(e => e.Key == "E2E:Mobile:ServerUrl").Shown.Should().Be("https://qa:******@farm.example.test/wd/hub");
    }

    [TestCase("E2E:Deployed:ApiToken", true)]
    [TestCase("E2E:Grid:Password", true)]
    [TestCase("E2E:Mobile:Capabilities:sauce:options:accessKey", true)]
    [TestCase("E2E:Crm:client_secret", true)]
    [TestCase("E2E:Web:SandboxTokens", false)]
    [TestCase("E2E:Deployed:Accounts:Permitted", false)]
    [TestCase("E2E:Mobile:Capabilities:appium:deviceName", false)]
    public void A_key_is_a_secret_when_its_name_ends_in_what_a_secret_is(string key, bool secret) =>
        SecretValues.IsSecretKey(key).Should().Be(secret);
}
