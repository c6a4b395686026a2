using Reqnroll;

namespace Cdp.TicketE2E.RunnerSamples;

/// <summary>One step per kind of argument; each journals what it received, with the CLR type where conversion matters.</summary>
[Binding]
[Scope(Tag = "arguments")]
internal sealed class ArgumentSteps(Journal journal)
{
    [When("I add {int} apples")]
    public void AddApples(int count) => journal.Add($"int {count} ({count.GetType().Name})");

    [When("I label them {string}")]
    public void Label(string label) => journal.Add($"string {label}");

    [When(@"^I remove (\d+) items?$")]
    public void Remove(int count) => journal.Add($"regex {count}");

    [When("I add these items:")]
    public void AddItems(DataTable items) => journal.Add("table " + string.Join(",", items.Rows.Select(row => $"{row["item"]}={row["count"]}")));

    [Then("the note reads:")]
    public void Note(string text) => journal.Add("doc string " + text);
}
