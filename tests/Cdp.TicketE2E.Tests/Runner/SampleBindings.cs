using Cdp.TicketE2E.Runner.Bindings;
using Cdp.TicketE2E.Runner.Execution;

namespace Cdp.TicketE2E.Tests.Runner;

public enum Priority { Low, High }

/// <summary>Per-scenario state shared by the sample bindings; disposal is journaled.</summary>
internal sealed class Basket(Journal journal) : IDisposable
{
    public List<string> Items { get; } = [];
    public Guid Identity { get; } = Guid.NewGuid();
    public void Dispose() => journal.Add($"disposed basket {Items.Count}");
}

[Binding]
internal sealed class BasketSteps(Basket basket, Journal journal, ScenarioContext scenario)
{
    [Given("an empty basket")]
    public void EmptyBasket() => journal.Add($"basket {basket.Identity}");

    [When("I add {int} {word} at {float} euro")]
    public void Add(int count, string item, float price) => journal.Add($"add {count} {item} {price}");

    [When("I add {string} with priority {word}")]
    public void AddWithPriority(string item, Priority priority) => journal.Add($"add '{item}' {priority}");

    [When(@"^I remove (\d+) items?$")]
    public void Remove(int count) => journal.Add($"remove {count}");

    [When("I add these items:")]
    public void AddTable(DataTable table) => journal.Add("table " + string.Join(",", table.Rows.Select(r => $"{r["item"]}={r["count"]}")));

    [When("I write the note:")]
    public void Note(string text) => journal.Add("note " + text);

    [Then("the basket holds {int} item(s)")]
    public async Task Holds(int count)
    {
        await Task.Yield();
        journal.Add($"holds {count} in {scenario.Scenario.Pickle.Name}");
    }

    [Then("it fails with {string}")]
    public void Fails(string message) => throw new InvalidOperationException(message);

    [Then("this is not automated yet")]
    public void NotYet() => throw new PendingStepException("waiting for the mobile channel");
}

[Binding]
internal sealed class DuplicateSteps
{
    [Given("an empty basket")]
    public void AlsoEmptyBasket() { }
}
