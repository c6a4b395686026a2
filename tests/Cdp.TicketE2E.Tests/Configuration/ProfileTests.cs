using Cdp.TicketE2E.Configuration;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Configuration;

/// <summary>--profile NAME: appsettings.NAME.json over the defaults, under the environment and the command line.</summary>
public sealed class ProfileTests
{
    private const string Defaults = """{ "E2E": { "Run": { "Retries": 0, "StepTimeoutSeconds": 10, "ExpectTimeoutSeconds": 3 }, "Browser": { "Headless": true } } }""";
    private const string Layered = """{ "E2E": { "Run": { "Retries": 1, "StepTimeoutSeconds": 20, "ExpectTimeoutSeconds": 4 } } }""";

    [Test]
    public void Each_layer_overrides_the_one_before_defaults_then_profile_then_environment_then_options()
    {
        using var folder = new SettingsFolder().With("appsettings.json", Defaults).With("appsettings.layered.json", Layered);
        var environment = new Dictionary<string, string> { ["E2E__Run__Retries"] = "2", ["E2E__Run__StepTimeoutSeconds"] = "30" };
        var options = new Dictionary<string, string?> { ["E2E:Run:Retries"] = "3" };

        var run = SettingsLoader.Load(SettingsSources.OfEnvironment(folder.Path, environment, options, profile: "layered")).Run;

        (run.Retries, run.StepTimeoutSeconds, run.ExpectTimeoutSeconds).Should().Be((3, 30, 4), "option > environment > profile > defaults");
        SettingsLoader.Load(SettingsSources.OfEnvironment(folder.Path, environment, profile: "layered")).Run.Retries.Should().Be(2);
        SettingsLoader.Load(SettingsSources.OfEnvironment(folder.Path, new Dictionary<string, string>(), profile: "layered")).Run.Retries.Should().Be(1);
        SettingsLoader.Load(SettingsSources.OfEnvironment(folder.Path, new Dictionary<string, string>())).Run.Retries.Should().Be(0);
    }

    [Test]
    public void The_profile_comes_from_E2E_PROFILE_when_no_option_names_one_which_is_how_the_test_host_receives_it()
    {
        var environment = new Dictionary<string, string> { [SettingsSources.ProfileVariable] = "nightly" };

        SettingsLoader.Load(SettingsSources.OfEnvironment(AppContext.BaseDirectory, environment)).Run.Retries.Should().Be(1, "appsettings.nightly.json retries once");
        SettingsLoader.Load(SettingsSources.OfEnvironment(AppContext.BaseDirectory, new Dictionary<string, string>())).Run.Retries.Should().Be(0);
    }

    [TestCase("nitely", "Profile 'nitely' does not exist: there is no appsettings.nitely.json")]
    [TestCase("../appsettings", "Profile '../appsettings' is not a profile name")]
    public void An_unknown_profile_names_the_profiles_that_exist_and_how_to_add_one(string profile, string expected)
    {
        var act = () => SettingsLoader.Load(SettingsSources.OfEnvironment(AppContext.BaseDirectory, new Dictionary<string, string>(), profile: profile));

        act.Should().Throw<SettingsException>().Which.Message.Should().Contain(expected).And.Contain("Profiles: nightly, staging");
    }

    [Test]
    public void The_shipped_deployed_profile_loads_with_its_placeholders_and_holds_no_secret()
    {
        var settings = SettingsLoader.Load(SettingsSources.OfEnvironment(AppContext.BaseDirectory, new Dictionary<string, string>(), profile: "staging"));

        settings.Target.Should().Be(TargetKind.Deployed);
        settings.Deployed.Should().Match<DeployedSettings>(d => d.Backend == DeployedBackend.Real && d.CustomerPageUrl.Contains(".invalid/"));
        settings.Mobile.Should().Match<MobileSettings>(m => m.Platform == MobilePlatform.Android && m.ServerUrl.Contains(".invalid/"));
    }

    [Test]
    public void A_profile_file_that_sets_a_secret_is_refused_naming_the_variable_to_use_instead()
    {
        using var folder = new SettingsFolder().With("appsettings.json", Defaults)
            .With("appsettings.leaky.json", """{ "E2E": { "Mobile": { "Capabilities": { "browserstack.accessKey": "abc123" } } } }""");

        var act = () => SettingsLoader.Load(SettingsSources.OfEnvironment(folder.Path, new Dictionary<string, string>(), profile: "leaky"));

        act.Should().Throw<SettingsException>().Which.Message.Should()
            .Contain("appsettings.leaky.json sets E2E:Mobile:Capabilities:browserstack.accessKey, a secret")
            .And.Contain("set E2E__Mobile__Capabilities__browserstack.accessKey in the environment");
    }
}
