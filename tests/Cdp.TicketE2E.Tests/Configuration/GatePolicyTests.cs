using Cdp.TicketE2E.Cli.Execution;
using Cdp.TicketE2E.Reporting.Coverage;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Configuration;

/// <summary>A profile carries its gate policy (E2E:Gate:Flaky); --flaky on the command line still wins.</summary>
public sealed class GatePolicyTests
{
    private const string Defaults = """{ "E2E": { "Run": { "Retries": 0 } } }""";
    private const string Lenient = """{ "E2E": { "Run": { "Retries": 1 }, "Gate": { "Flaky": "CountsAsPassing" } } }""";

    [Test]
    public void A_profile_sets_how_a_flaky_scenario_counts_unless_the_option_says_otherwise()
    {
        using var folder = new SettingsFolder().With("appsettings.json", Defaults).With("appsettings.lenient.json", Lenient);

        ConfiguredGatePolicy.Flaky(null, folder.Path, "lenient").Should().Be(FlakyPolicy.CountsAsPassing);
        ConfiguredGatePolicy.Flaky(null, folder.Path, profile: null).Should().Be(FlakyPolicy.CountsAsFailing, "the defaults count a flaky pass as failing");
        ConfiguredGatePolicy.Flaky(FlakyPolicy.CountsAsFailing, folder.Path, "lenient").Should().Be(FlakyPolicy.CountsAsFailing, "--flaky overrides the profile");
    }

    [Test]
    public void A_bad_gate_policy_value_is_refused_naming_the_key_and_the_allowed_values()
    {
        using var folder = new SettingsFolder().With("appsettings.json", """{ "E2E": { "Gate": { "Flaky": "Sometimes" } } }""");

        var load = () => Cdp.TicketE2E.Configuration.SettingsLoader.Load(folder.Path);

        load.Should().Throw<Cdp.TicketE2E.Configuration.SettingsException>().WithMessage("*Allowed values for FlakyGatePolicy: CountsAsFailing, CountsAsPassing*");
    }
}
