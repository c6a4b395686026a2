using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.EndToEnd;

/// <summary>
/// The kill matrix: every seeded defect of both in-repo targets is caught. A run of only the scenarios of the requirement
/// the defect breaks, with the defect seeded, fails, names the scenario that caught it and says what was wrong. Two
/// runs at a time, one worker each. (NoListRefresh is proved with its message in E2eRunTests.)
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class SeededDefectKillTests
{
    private static IEnumerable<TestCaseData> Defects()
    {
        // The reference CDP page.
        yield return Kill("reference", "NoSandbox", "WEB-03", "The ticket form is sandboxed", "has no sandbox attribute");
        yield return Kill("reference", "NoLoadingState", "WEB-04", "A slow form is announced by a loading state", "showed no loading state");
        yield return Kill("reference", "NoEmbedSourceMarker", "WEB-05", "The form request names CDP as its embedding source", "embed_source=cdp");
        yield return Kill("reference", "InitWithoutCustomerId", "TCKT-S02", "The form receives EMBED_INIT with the customer", "qontakCustomerId is missing");
        yield return Kill("reference", "WildcardTargetOrigin", "WEB-06", "A page of another origin in the frame receives no customer context", "received EMBED_INIT");
        yield return Kill("reference", "IgnoresCreateError", "WEB-09", "TICKET_CREATE_ERROR is shown to the user", "The user was not told the ticket was not created");
        yield return Kill("reference", "NoResize", "WEB-10", "EMBED_RESIZE sets the panel's height", "px high after EMBED_RESIZE");
        yield return Kill("reference", "NoOriginCheck", "WEB-11", "A page of another origin cannot drive the customer page", "did not ignore");
        yield return Kill("reference", "AcceptsUnknownTypes", "WEB-12", "A message of an unknown type is ignored", "did not ignore TICKET_DELETED");
        yield return Kill("reference", "NoPayloadValidation", "WEB-13", "A message without the fields the contract requires is ignored", "did not ignore TICKET_CREATED");
        yield return Kill("reference", "NoDuplicateGuard", "WEB-14", "A ticket the form reports twice is associated by the customer page only once", "exactly once");
        yield return Kill("reference", "AlwaysCallFallback", "WEB-15", "With server-side association, the customer page makes no association call", "made POST /v1/leads");
        yield return Kill("reference", "NeverCallFallback", "TCKT-S04", "Without server-side association, the customer page associates the ticket once", "exactly one call");
        yield return Kill("reference", "IgnoresPermission", "TCKT-S07-NEG", "Ticket creation is offered only when permitted and switched on", "offered only to a user who may create tickets");
        // The reference mobile app.
        yield return Kill("reference", "NoSummaryRefresh", "MOB-10", "A new ticket shows up among the customer's tickets", "ticket summary did not show");
        yield return Kill("reference", "NoAssociationUpdate", "MOB-07", "The ticket is created, then updated to include the contact", "sends PUT /v2.8/tickets");
        yield return Kill("reference", "DropsExistingCustomers", "MOB-08", "Customers already on the ticket are kept", "keeps the customers already on the ticket");
        yield return Kill("reference", "DuplicatesContact", "MOB-09", "The contact is listed once even when the ticket already has it", "lists");
        yield return Kill("reference", "AssociatesOnCancel", "ANC-02", "Cancelling the ticket form associates nothing", "must not list any ticket");
        yield return Kill("reference", "SilentAssociationFailure", "ANC-05", "A ticket that cannot be associated is kept and the user is told, without pre-fill", "was created but not associated");
        yield return Kill("reference", "CreateNewWithoutPermission", "MOB-02", "Ticket creation is offered only when permitted and switched on", "offered only to a user who may create tickets");
        // The Vue CDP page (src/CdpWebVue/README.md, "Seeded defects").
        yield return Kill("vue", "ResizeWithoutPx", "WEB-10", "EMBED_RESIZE sets the panel's height", "px high after EMBED_RESIZE");
        yield return Kill("vue", "InitOnMounted", "TCKT-S02", "The form receives EMBED_INIT with the customer", "received no EMBED_INIT");
        yield return Kill("vue", "LoadingClearedOnMount", "WEB-04", "A slow form is announced by a loading state", "showed no loading state");
        yield return Kill("vue", "EmbedSourceFromBuildEnv", "WEB-05", "The form request names CDP as its embedding source", "embed_source=cdp");
        yield return Kill("vue", "DuplicateGuardResetOnOpen", "WEB-14", "A ticket the form reports twice is associated by the customer page only once", "exactly once");
        yield return Kill("vue", "ListNotReactive", "TCKT-S03", "A permitted user creates a ticket from the customer page", "Did the page refresh its list");
        yield return Kill("vue", "GateOrInsteadOfAnd", "WEB-01", "Ticket creation is offered only when permitted and switched on", "only while the ticket feature is on");
        yield return Kill("vue", "NoticeReassigned", "WEB-09", "TICKET_CREATE_ERROR is shown to the user", "The user was not told the ticket was not created");
    }

    private static TestCaseData Kill(string target, string defect, string requirement, string scenario, string message) =>
        new TestCaseData(target, defect, requirement, scenario, message).SetName($"{target}: seeding {defect} fails a {requirement} scenario");

    [TestCaseSource(nameof(Defects))]
    public async Task A_seeded_defect_fails_a_scenario_of_its_requirement(string target, string defect, string requirement, string scenario, string message)
    {
        var reports = CommandLine.NewReportsFolder();

        var (exitCode, output) = await CommandLine.RunAsync("./e2e", "run", "--target", target, "--seed-defect", defect, "--req", requirement,
            "--workers", "1", "--reports", reports);

        exitCode.Should().NotBe(0, "{0} breaks {1}, so a run of its scenarios must fail:\n{2}", defect, requirement, output);
        output.Should().Contain($"Scenario \"{scenario}\" FAILED", "the scenario proving {0} catches {1}", requirement, defect)
            .And.Contain(message, "the failure says what {0} broke", defect);
    }
}
