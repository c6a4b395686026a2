using Cdp.TicketE2E.Cli.Output;
using Cdp.TicketE2E.Cli.Progress;
using Cdp.TicketE2E.Tests.Reporting.Fixtures;
using Cdp.TicketE2E.Reporting.Reading;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Cli;

/// <summary>What each output mode shows on the console, and that run.log keeps everything whatever the mode.</summary>
public sealed class RunConsoleTests
{
    [TestCase("Progress", true, false, true, true)]
    [TestCase("Quiet", false, false, false, true)]
    [TestCase("Verbose", false, true, true, false)]
    public async Task Each_mode_shows_its_part_and_run_log_keeps_all(string modeName, bool progress, bool hostLines, bool summary, bool failures)
    {
        var mode = Enum.Parse<RunOutput>(modeName);
        using var folder = new TempFolder();
        var console = new StringWriter();

        await using (var run = new RunConsole(console, ConsoleStyle.Plain, mode, folder.Path, new RunTally(4, new Dictionary<string, string>())))
        {
            run.Say("Running the selection");
            foreach (var (line, _) in HostLines.FourScenarios()) run.HostLine(line);
            await run.HostEndedAsync();
            run.Results(FailedRun(), new HashSet<string>(), folder.Path);
            run.Verdict.WriteLine("Lane-A gate FAILED for run x");
        }

        var shown = console.ToString();
        shown.Contains("[1/4] PASSED").Should().Be(progress);
        shown.Contains(HostLines.PassedWeb).Should().Be(hostLines);
        shown.Contains("| platform | passed").Should().Be(summary);
        shown.Contains("Failed scenarios (1):").Should().Be(failures);
        shown.Contains("Running the selection").Should().Be(mode != RunOutput.Quiet);
        shown.Should().Contain("Lane-A gate FAILED for run x");
        File.ReadAllText(Path.Combine(folder.Path, RunConsole.LogFileName)).Should().Contain(HostLines.PassedWeb).And.Contain(HostLines.ErrorMessage)
            .And.Contain("Running the selection").And.Contain("| platform | passed").And.Contain("Failed scenarios (1):").And.Contain("Lane-A gate FAILED for run x");
    }

    private static IReadOnlyList<Cdp.TicketE2E.Reporting.Model.ScenarioResult> FailedRun()
    {
        var run = new RunStreamBuilder();
        run.Run(run.Scenario("features/web/c.feature", 7, "C fails", "@web"), AttemptPlan.Failed);
        return RunModelReader.Read(run.Build()).Scenarios;
    }
}
