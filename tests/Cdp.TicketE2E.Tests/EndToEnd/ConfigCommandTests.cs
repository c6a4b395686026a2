using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.EndToEnd;

/// <summary>./e2e config and --profile as a user meets them: the effective values and their sources, secrets masked, bad profiles refused.</summary>
[Parallelizable(ParallelScope.Children)]
public sealed class ConfigCommandTests
{
    [Test]
    public async Task Config_shows_each_value_with_its_source_and_never_a_secret_from_the_environment()
    {
        var environment = new Dictionary<string, string>
        {
            ["E2E__Mobile__Capabilities__farm.accessKey"] = "tOpS3cret-from-env",
            ["E2E__Browser__Headless"] = "false",
        };

        var (exitCode, output) = await CommandLine.RunAsync(environment, "./e2e", "config", "--profile", "nightly", "--seed-defect", "NoListRefresh");

        exitCode.Should().Be(0, output);
        output.Should().NotContain("tOpS3cret");
        output.Should().MatchRegex(@"E2E:Mobile:Capabilities:farm\.accessKey +\*+ \(set, masked\) +environment E2E__Mobile__Capabilities__farm\.accessKey")
            .And.MatchRegex(@"E2E:Run:Retries +1 +appsettings\.nightly\.json \(profile nightly\)")
            .And.MatchRegex(@"E2E:Browser:Headless +false +environment E2E__Browser__Headless")
            .And.MatchRegex(@"E2E:ReferenceApps:Defects:0 +NoListRefresh +option --seed-defect")
            .And.MatchRegex(@"E2E:Target +Reference +appsettings\.json")
            .And.MatchRegex(@"E2E:Mobile:DeviceWidth +390 +built-in default");
    }

    [TestCase("run")]
    [TestCase("config")]
    public async Task An_unknown_profile_stops_with_exit_code_2_naming_the_profiles_that_exist(string command)
    {
        var reports = CommandLine.NewReportsFolder();

        var (exitCode, output) = await CommandLine.RunAsync("./e2e", command, "--profile", "nitely", "--reports", reports);

        exitCode.Should().Be(2, output);
        output.Should().Contain("Profile 'nitely' does not exist").And.Contain("Profiles: nightly, staging");
        Directory.EnumerateFileSystemEntries(reports).Should().BeEmpty("a run that does not start writes nothing");
    }

    [Test]
    public async Task The_profile_can_come_from_E2E_PROFILE_and_is_checked_the_same_way()
    {
        var (exitCode, output) = await CommandLine.RunAsync(new Dictionary<string, string> { ["E2E_PROFILE"] = "nitely" }, "./e2e", "config");

        exitCode.Should().Be(2, output);
        output.Should().Contain("Profile 'nitely' does not exist");
    }
}
