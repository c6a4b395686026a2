using Cdp.TicketE2E.Tests.EndToEnd;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Grid;

/// <summary>
/// ./e2e run --grid against a real Selenium Grid 4 started here on loopback as hub + Chromium node + Appium relay node:
/// one web and one mobile scenario pass, the grid's own status shows that each of its nodes served a session and that the
/// run gave them all back, and stopping the grid leaves no java, chromedriver, Chromium or Appium process behind.
/// </summary>
[NonParallelizable]
public sealed class SeleniumGridRunTests
{
    // The anchor rule's two examples: the same scenario on the web customer page and on the mobile contact.
    private const string WebAndMobileExamples = "A new ticket shows up among the customer's tickets";

    // What is under test is where the sessions come from, not speed: on a shared 2-core machine three JVMs, Appium and two
    // browsers make single commands take seconds, which the suite's default waits (5 s, 60 s per step) do not allow for.
    private static IReadOnlyDictionary<string, string> PatientTimeouts => new Dictionary<string, string>
    {
        ["E2E__Run__ExpectTimeoutSeconds"] = "30", ["E2E__Run__StepTimeoutSeconds"] = "240",
    };

    [Test]
    public async Task A_web_and_a_mobile_scenario_pass_on_sessions_of_a_loopback_grid_that_then_stops_with_no_process_left()
    {
        var (ensured, ensureOutput) = await CommandLine.RunAsync("bash", "scripts/ensure-grid.sh");
        ensured.Should().Be(0, ensureOutput);
        var jar = ensureOutput.Split('\n').Single(line => line.EndsWith(".jar", StringComparison.Ordinal));
        // The launcher script by its path, which builds the suite on a fresh clone ("./e2e" alone would start the e2e program
        // the test build copied beside this assembly, which does not); listing first keeps the build out of the run's time.
        var e2e = Path.Combine(CommandLine.Root, "e2e");
        var (listed, list) = await CommandLine.RunAsync(e2e, "run", "--list", "--name", WebAndMobileExamples);
        list.Should().Contain("2 scenario(s).", $"the selection is one web and one mobile example (exit code {listed})");
        var grid = await LoopbackGrid.StartAsync(jar, CommandLine.Root);
        IReadOnlyList<ProcessTree.Entry> ranBeforeStop;
        try
        {
            var (exitCode, output) = await CommandLine.RunAsync(PatientTimeouts, e2e, "run", "--grid", grid.Url.ToString(), "--workers", "2",
                "--name", WebAndMobileExamples, "--reports", CommandLine.NewReportsFolder());

            exitCode.Should().Be(0, output);
            output.Should().Contain(": 2 passed, 0 failed, 0 flaky, 0 not run.").And.Contain("on the web customer page").And.Contain("on the mobile contact");
            (await grid.NodesThatStartedSessionsAsync()).Should().BeEquivalentTo([grid.ChromiumNode, grid.RelayNode],
                "the web browser came from the Chromium node and the mobile session from the Appium relay node");
            File.ReadAllText(grid.AppiumLog).Should().Contain("New ChromiumDriver session created successfully", "the relay reached Appium");
            (await grid.OpenSessionsAsync()).Should().Be(0, "the run quits its grid sessions when it ends");
        }
        finally
        {
            ranBeforeStop = grid.Stop();
        }

        ranBeforeStop.Count(p => p.Name == "java").Should().Be(3, "the hub and two nodes ran as their own processes");
        ranBeforeStop.Should().Contain(p => p.Name == "node", "Appium ran behind the relay node");
        ProcessTree.StillRunning(ranBeforeStop).Should().BeEmpty();
    }
}
