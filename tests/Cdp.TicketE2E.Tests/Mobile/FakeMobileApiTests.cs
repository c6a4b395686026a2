using System.Net;
using Cdp.TicketE2E.Fakes;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Mobile;

/// <summary>The fake CRM's v2.8 ticket API: create, association update, listing, faults, and one truth with the web side.</summary>
[TestFixture]
public sealed class FakeMobileApiTests
{
    [Test]
    public async Task Create_makes_a_ticket_in_the_shared_store_linked_to_its_customers()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var api = new MobileApiClient(crm);

        using var response = await api.CreateAsync("Refund not received", "C-1");
        var body = await MobileApiClient.JsonOf(response);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        body.GetProperty("id").GetString().Should().Be("T-1001");
        body.GetProperty("qontak_customer_ids").EnumerateArray().Select(e => e.GetString()).Should().Equal("C-1");
        crm.CreatedTickets.Select(t => t.Title).Should().Equal("Refund not received");
        crm.TicketsAssociatedTo("C-1").Select(t => t.Id).Should().Equal("T-1001");
        crm.Mobile.TicketCreations.Should().ContainSingle().Which.QontakCustomerIds.Should().Equal("C-1");
    }

    [Test]
    public async Task Update_replaces_the_customers_and_journals_the_body_exactly_as_sent()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var api = new MobileApiClient(crm);
        await api.CreateAsync("Login issue", "C-2");

        using var response = await api.UpdateAsync("T-1001", "C-2", "C-1", "C-1");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        crm.Mobile.AssociationUpdatesFor("Login issue").Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { TicketId = "T-1001", QontakCustomerIds = new[] { "C-2", "C-1", "C-1" }, StatusAnswered = 200 });
        crm.Mobile.TicketTitled("Login issue")!.CustomerIds.Should().Equal("C-2", "C-1");
        crm.TicketsAssociatedTo("C-1").Select(t => t.Title).Should().Equal("Login issue");
    }

    [Test]
    public async Task A_failing_update_is_journaled_with_its_status_and_links_nothing()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var api = new MobileApiClient(crm);
        await api.CreateAsync("Invoice missing");
        crm.Mobile.GivenAssociationUpdateFails(503);

        using var response = await api.UpdateAsync("T-1001", "C-1");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        crm.Mobile.AssociationUpdates.Should().ContainSingle().Which.Succeeded.Should().BeFalse();
        crm.TicketsAssociatedTo("C-1").Should().BeEmpty();
        crm.CreatedTickets.Select(t => t.Title).Should().Equal("Invoice missing");
    }

    [Test]
    public async Task Creation_fails_with_the_shared_failure_mode_and_makes_nothing()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var api = new MobileApiClient(crm);
        crm.GivenTicketCreationFails(500);

        using var response = await api.CreateAsync("Login failed", "C-1");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        crm.CreatedTickets.Should().BeEmpty();
        crm.Mobile.TicketCreations.Should().ContainSingle().Which.Ticket.Should().BeNull();
        crm.TicketsAssociatedTo("C-1").Should().BeEmpty();
    }

    [Test]
    public async Task Updating_an_unknown_ticket_answers_404_and_is_journaled()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var api = new MobileApiClient(crm);

        using var response = await api.UpdateAsync("T-9999", "C-1");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        crm.Mobile.AssociationUpdates.Should().ContainSingle().Which.StatusAnswered.Should().Be(404);
    }

    [Test]
    public async Task Lists_a_contacts_tickets_all_tickets_and_finds_contacts_by_name()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var api = new MobileApiClient(crm);
        crm.Mobile.GivenContact("C-2", "Budi Santoso");
        crm.GivenTicket("Printer jam");
        await api.CreateAsync("Refund not received", "C-1");

        var ofContact = await api.GetAsync("v2.8/tickets?qontak_customer_id=C-1");
        var all = await api.GetAsync("v2.8/tickets");
        var found = await api.GetAsync("v2.8/customers?search=budi");

        ofContact.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("name").GetString()).Should().Equal("Refund not received");
        all.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("name").GetString()).Should().BeEquivalentTo("Printer jam", "Refund not received");
        found.GetProperty("data").EnumerateArray().Select(c => c.GetProperty("id").GetString()).Should().Equal("C-2");
    }

    [Test]
    public async Task A_seeded_existing_ticket_can_be_associated_through_the_update()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var api = new MobileApiClient(crm);
        var seeded = crm.GivenTicket("Printer jam");

        using var response = await api.UpdateAsync(seeded.Id, "C-1");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        crm.TicketsAssociatedTo("C-1").Select(t => t.Title).Should().Equal("Printer jam");
    }

    [Test]
    public async Task Malformed_bodies_answer_400()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var api = new MobileApiClient(crm);
        var http = api.Http;

        using var noName = await http.PostAsync("v2.8/tickets", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        using var noIds = await http.PutAsync("v2.8/tickets/T-1", new StringContent("[1]", System.Text.Encoding.UTF8, "application/json"));

        noName.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        noIds.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
