using Cdp.TicketE2E.Runner.Glue;
using Cdp.TicketE2E.Runner.Plugin;
using Reqnroll;

namespace Cdp.TicketE2E.RunnerSamples;

/// <summary>Leaves a text file as evidence, the way the suite keeps the fake services' journal.</summary>
[Binding]
[Scope(Tag = "evidence")]
internal sealed class EvidenceSteps(ScenarioAttempt attempt, RunnerOptions options, IReqnrollOutputHelper output)
{
    [Given("a step that keeps a journal")]
    public void KeepsAJournal()
    {
        var folder = Path.Combine(options.ReportsDirectory!, "evidence", $"L{attempt.Scenario.Line}-attempt-{attempt.Attempt}");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "journal.txt"), "GET /embed/ticket/create 200");
        output.AddAttachment(Path.Combine(folder, "journal.txt"));
    }
}
