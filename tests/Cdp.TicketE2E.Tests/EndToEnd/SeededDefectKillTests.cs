using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.EndToEnd;

/// <summary>
/// Each web seeded defect is caught: a run of only its requirement's scenarios, with the defect seeded, fails and names
/// the scenario that caught it. (NoListRefresh and the other older defects are proved elsewhere.)
/// </summary>
[NonParallelizable]
public sealed class SeededDefectKillTests
{
    private static IEnumerable<TestCaseData> WebDefects()
    {
        yield return Kill("NoSandbox", "WEB-03", "The ticket form is sandboxed", "has no sandbox attribute");
        yield return Kill("NoLoadingState", "WEB-04", "A slow form is announced by a loading state", "showed no loading state");
        yield return Kill("NoEmbedSourceMarker", "WEB-05", "The form request names CDP as its embedding source", "embed_source=cdp");
        yield return Kill("InitWithoutCustomerId", "TCKT-S02", "The form receives EMBED_INIT with the customer", "qontakCustomerId is missing");
        yield return Kill("IgnoresCreateError", "WEB-09", "TICKET_CREATE_ERROR is shown to the user", "The user was not told the ticket was not created");
        yield return Kill("NoResize", "WEB-10", "EMBED_RESIZE sets the panel's height", "px high after EMBED_RESIZE");
        yield return Kill("AcceptsUnknownTypes", "WEB-12", "A message of an unknown type is ignored", "did not ignore TICKET_DELETED");
        yield return Kill("NoPayloadValidation", "WEB-13", "A message without the fields the contract requires is ignored", "did not ignore TICKET_CREATED");
        yield return Kill("NoDuplicateGuard", "WEB-14", "A ticket the form reports twice is associated by the customer page only once", "exactly once");
    }

    private static TestCaseData Kill(string defect, string requirement, string scenario, string message) =>
        new TestCaseData(defect, requirement, scenario, message).SetName($"Seeding {defect} fails a {requirement} scenario");

    [TestCaseSource(nameof(WebDefects))]
    public async Task A_seeded_web_defect_fails_a_scenario_of_its_requirement(string defect, string requirement, string scenario, string message)
    {
        var reports = CommandLine.NewReportsFolder();

        var (exitCode, output) = await CommandLine.RunAsync("./e2e", "run", "--seed-defect", defect, "--req", requirement, "--reports", reports);

        exitCode.Should().NotBe(0, "{0} breaks {1}, so a run of its scenarios must fail:\n{2}", defect, requirement, output);
        output.Should().Contain($"Scenario \"{scenario}\" FAILED", "the scenario proving {0} catches {1}", requirement, defect)
            .And.Contain(message, "the failure says what {0} broke", defect);
    }
}
