using System.Net;
using Cdp.TicketE2E.Fakes;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Fakes;

[TestFixture]
public sealed class FakeCrmAssociationTests
{
    [Test]
    public async Task Fallback_call_is_recorded_and_links_the_ticket_once_however_often_it_is_called()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var http = new CrmHttpClient(crm);
        await http.CreateTicketAsync("Needs linking", customerId: "C-1");

        using var first = await http.AssociateAsync("C-1", "T-1001");
        using var second = await http.AssociateAsync("C-1", "T-1001");

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        crm.AssociationCalls.Should().Equal(
            new AssociationCall("C-1", "T-1001", 200),
            new AssociationCall("C-1", "T-1001", 200));
        crm.TicketsAssociatedTo("C-1").Should().Equal(new TicketSummary("T-1001", "Needs linking"));
        (await http.GetJsonAsync("v1/leads/C-1/tickets")).GetArrayLength().Should().Be(1);
    }

    [Test]
    public async Task Linking_an_unknown_ticket_answers_404_and_links_nothing()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var http = new CrmHttpClient(crm);

        using var response = await http.AssociateAsync("C-1", "T-EVIL");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        crm.AssociationCalls.Should().Equal(new AssociationCall("C-1", "T-EVIL", 404));
        crm.TicketsAssociatedTo("C-1").Should().BeEmpty();
    }

    [Test]
    public async Task A_configured_association_failure_answers_that_status_and_is_still_journaled()
    {
        await using var crm = await FakeCrm.StartAsync();
        crm.GivenAssociationFails(502);
        using var http = new CrmHttpClient(crm);
        await http.CreateTicketAsync("Orphan", customerId: "C-1");

        using var response = await http.AssociateAsync("C-1", "T-1001");

        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        crm.AssociationCalls.Should().Equal(new AssociationCall("C-1", "T-1001", 502));
        crm.TicketsAssociatedTo("C-1").Should().BeEmpty();
        crm.CreatedTickets.Should().ContainSingle("the ticket exists even though linking failed");
    }

    [Test]
    public async Task Seeded_tickets_are_listed_in_the_order_they_were_linked()
    {
        await using var crm = await FakeCrm.StartAsync();
        crm.GivenTicketAlreadyAssociated("C-1", "T-7", "First");
        crm.GivenTicketAlreadyAssociated("C-1", "T-3", "Second");
        crm.GivenTicketAlreadyAssociated("C-2", "T-9", "Someone else's");
        using var http = new CrmHttpClient(crm);

        var list = await http.GetJsonAsync("v1/leads/C-1/tickets");

        list.EnumerateArray().Select(t => t.GetProperty("title").GetString()).Should().Equal("First", "Second");
    }
}
