using Cdp.TicketE2E.Fakes;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Fakes;

/// <summary>Tickets that exist in CRM before the scenario, for the unchanged "associate existing" path.</summary>
[TestFixture]
public sealed class FakeCrmExistingTicketsTests
{
    [Test]
    public async Task A_given_ticket_exists_linked_to_nobody_and_is_listed_with_every_other_ticket()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var http = new CrmHttpClient(crm);
        crm.GivenTicketAlreadyAssociated("C-1", "T-7", "Someone's");

        var printer = crm.GivenTicket("Printer jam");

        printer.Should().Be(new TicketSummary("T-1001", "Printer jam"));
        crm.TicketsAssociatedTo("C-1").Should().Equal(new TicketSummary("T-7", "Someone's"));
        var listed = await http.GetJsonAsync("v1/tickets");
        listed.EnumerateArray().Select(t => (t.GetProperty("id").GetString(), t.GetProperty("title").GetString()))
            .Should().BeEquivalentTo([("T-1001", "Printer jam"), ("T-7", "Someone's")]);
    }

    [Test]
    public async Task A_given_ticket_can_then_be_linked_with_the_lead_ticket_call()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var http = new CrmHttpClient(crm);
        var ticket = crm.GivenTicket("Printer jam");

        using var response = await http.AssociateAsync("C-1", ticket.Id);

        response.IsSuccessStatusCode.Should().BeTrue();
        crm.TicketsAssociatedTo("C-1").Should().Equal(ticket);
        crm.CreatedTickets.Should().BeEmpty("a given ticket existed before; the create API made nothing");
    }

    [Test]
    public async Task Given_and_created_tickets_never_share_an_id()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var http = new CrmHttpClient(crm);
        var given = crm.GivenTicket("Existing");

        await http.CreateTicketAsync("New");

        crm.CreatedTickets.Should().ContainSingle().Which.Id.Should().NotBe(given.Id);
    }
}
