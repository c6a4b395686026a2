using Cdp.TicketE2E.Reporting.Model;
using Cdp.TicketE2E.Reporting.Reading;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.EndToEnd;

/// <summary>
/// ./e2e serve and ./e2e run together: runs go to the warm host, which keeps what one run started for the next, starts
/// afresh when the settings change, refuses (and stops) once the suite is rebuilt, and stops on request.
/// </summary>
[NonParallelizable]
public sealed class WarmHostTests
{
    private const string HappyPath = "A permitted user creates a ticket from the customer page";
    private const string OnBothPlatforms = "A new ticket shows up among the customer's tickets"; // one web and one mobile scenario

    [Test]
    public async Task Runs_go_to_the_warm_host_which_keeps_the_previous_runs_objects_until_the_settings_change()
    {
        await using var host = await ServingWarmHost.StartAsync();

        var (firstExit, first) = await RunAsync(host, "--name", OnBothPlatforms);
        firstExit.Should().Be(0, first);
        first.Should().Contain("Running in the warm host").And.Contain("Warm host: first run of these settings");

        // The kept browser, app, Appium server and session must still work: nothing of them may end with the first run.
        var reports = CommandLine.NewReportsFolder();
        var (secondExit, second) = await RunAsync(host, "--name", OnBothPlatforms, "--reports", reports);
        secondExit.Should().Be(0, second);
        second.Should().Contain("Warm host: reused from the previous run:").And.Contain("WebTarget").And.Contain("BrowserPool")
            .And.Contain("AppiumServer").And.Contain("MobileSessionPool");
        Executed(reports).Should().HaveCount(2).And.OnlyContain(s => s.Status == ScenarioStatus.Passed);
        File.ReadAllText(Path.Combine(reports, "run.log")).Should().Contain("passed Create a ticket from a customer and have it associated to that customer: " + OnBothPlatforms,
            "the host's own output comes back to the command and into run.log");

        // A seeded defect is a different build of the app: the kept one must not serve it, or the defect would go unseen.
        var (brokenExit, broken) = await RunAsync(host, "--name", HappyPath, "--seed-defect", "NoListRefresh");
        broken.Should().Contain("Warm host: the settings changed, so the previous run's");
        brokenExit.Should().NotBe(0, broken);

        var (coldExit, cold) = await RunAsync(host, "--name", HappyPath, "--cold");
        coldExit.Should().Be(0, cold);
        cold.Should().NotContain("warm host");

        var (secondHostExit, secondHost) = await CommandLine.RunAsync(host.Environment, "./e2e", "serve");
        secondHostExit.Should().Be(2, secondHost);
        secondHost.Should().Contain("A warm host already serves this checkout on " + host.Socket);

        var (stopExit, stop) = await CommandLine.RunAsync(host.Environment, "./e2e", "serve", "--stop");
        stopExit.Should().Be(0, stop);
        (await host.ExitedAsync()).Should().Be(0, host.Console);
        host.Console.Should().Contain("Warm host stopped after 3 run(s).");
        File.Exists(host.Socket).Should().BeFalse();

        var (againExit, again) = await CommandLine.RunAsync(host.Environment, "./e2e", "serve", "--stop");
        againExit.Should().Be(2, again);
        again.Should().Contain("No warm host serves this checkout");
    }

    [Test]
    public async Task A_rebuilt_suite_is_refused_by_the_warm_host_which_stops_and_the_run_goes_to_a_new_test_host()
    {
        await using var host = await ServingWarmHost.StartAsync();
        var suite = Path.Combine(CommandLine.Root, "src", "Steps", "bin", "Release", "net10.0", "Cdp.TicketE2E.Steps.dll");
        File.SetLastWriteTimeUtc(suite, DateTime.UtcNow); // what a rebuild does to it, without changing it

        var (exit, output) = await RunAsync(host, "--name", HappyPath);
        exit.Should().Be(0, output);
        output.Should().Contain("The warm host did not take this run: the suite was rebuilt since it started, so it stopped (start ./e2e serve again). " +
                                "Running it in a new test host.");
        (await host.ExitedAsync()).Should().Be(0, host.Console);
        host.Console.Should().Contain("The suite was rebuilt since this host started: stopping");
    }

    [TestCase("0", "--idle-minutes is 0; allowed 1 to 1440.")]
    [TestCase("1441", "--idle-minutes is 1441; allowed 1 to 1440.")]
    public async Task A_bad_idle_time_is_refused_naming_the_allowed_range(string minutes, string message)
    {
        var (exit, output) = await CommandLine.RunAsync("./e2e", "serve", "--idle-minutes", minutes);
        exit.Should().Be(2, output);
        output.Should().Contain(message);
    }

    [Test]
    public async Task A_socket_path_longer_than_a_Unix_socket_allows_is_refused_naming_the_variable()
    {
        var tooLong = Path.Combine(Path.GetTempPath(), new string('w', 120) + ".sock");
        var (exit, output) = await CommandLine.RunAsync(new Dictionary<string, string> { ["E2E_WARM_HOST"] = tooLong }, "./e2e", "serve");
        exit.Should().Be(2, output);
        output.Should().Contain("is longer than a Unix socket allows (107 bytes): point E2E_WARM_HOST at a shorter path");
    }

    private static Task<(int ExitCode, string Output)> RunAsync(ServingWarmHost host, params string[] options) =>
        CommandLine.RunAsync(host.Environment, "./e2e", ["run", .. options.Contains("--reports") ? options : [.. options, "--reports", CommandLine.NewReportsFolder()]]);

    private static List<ScenarioResult> Executed(string reports) =>
        RunModelReader.Read(StreamFile.Read(Path.Combine(reports, "cucumber.ndjson"))).Scenarios.Where(s => s.Executed).ToList();
}
