using System.Net;
using Cdp.TicketE2E.Fakes;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Fakes;

[TestFixture]
public sealed class FakeCrmTicketApiTests
{
    [Test]
    public async Task Create_answers_201_with_an_incrementing_id_and_records_the_customer_context()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var http = new CrmHttpClient(crm);

        using var first = await http.CreateTicketAsync("Printer on fire", customerId: "C-7", embedSource: "cdp");
        using var second = await http.CreateTicketAsync("Second one", customerId: null, embedSource: null);

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await CrmHttpClient.JsonOf(first);
        body.GetProperty("id").GetString().Should().Be("T-1001");
        body.GetProperty("title").GetString().Should().Be("Printer on fire");
        crm.CreatedTickets.Should().Equal(
            new CreatedTicket("T-1001", "Printer on fire", "C-7", "cdp"),
            new CreatedTicket("T-1002", "Second one", null, null));
    }

    [Test]
    public async Task Create_without_a_title_answers_400_and_creates_nothing()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var http = new CrmHttpClient(crm);

        using var response = await http.CreateTicketAsync("  ");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        crm.CreatedTickets.Should().BeEmpty();
    }

    [Test]
    public async Task By_default_CRM_does_not_associate_the_new_ticket()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var http = new CrmHttpClient(crm);

        await http.CreateTicketAsync("Not linked yet", customerId: "C-1");

        crm.TicketsAssociatedTo("C-1").Should().BeEmpty();
        (await http.GetJsonAsync("v1/leads/C-1/tickets")).GetArrayLength().Should().Be(0);
    }

    [Test]
    public async Task When_CRM_associates_server_side_the_new_ticket_is_in_the_customer_list()
    {
        await using var crm = await FakeCrm.StartAsync();
        crm.GivenCrmAssociatesServerSide();
        using var http = new CrmHttpClient(crm);

        await http.CreateTicketAsync("Linked by CRM", customerId: "C-1");

        crm.TicketsAssociatedTo("C-1").Should().Equal(new TicketSummary("T-1001", "Linked by CRM"));
        var list = await http.GetJsonAsync("v1/leads/C-1/tickets");
        list[0].GetProperty("id").GetString().Should().Be("T-1001");
        list[0].GetProperty("title").GetString().Should().Be("Linked by CRM");
        crm.AssociationCalls.Should().BeEmpty("server-side association is not a fallback call");
    }

    [Test]
    public async Task A_configured_creation_failure_answers_that_status_until_it_is_lifted()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var http = new CrmHttpClient(crm);

        crm.GivenTicketCreationFails(503);
        using var failed = await http.CreateTicketAsync("Doomed");
        crm.GivenTicketCreationSucceeds();
        using var recovered = await http.CreateTicketAsync("Fine now");

        failed.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await CrmHttpClient.JsonOf(failed)).GetProperty("error").GetString().Should().Contain("503");
        recovered.StatusCode.Should().Be(HttpStatusCode.Created);
        crm.CreatedTickets.Select(t => t.Title).Should().Equal("Fine now");
    }

    [Test]
    public async Task Seeded_ticket_ids_are_not_reused_by_the_create_api()
    {
        await using var crm = await FakeCrm.StartAsync();
        crm.GivenTicketAlreadyAssociated("C-1", "T-1001", "Old ticket");
        using var http = new CrmHttpClient(crm);

        var created = await CrmHttpClient.JsonOf(await http.CreateTicketAsync("New ticket"));

        created.GetProperty("id").GetString().Should().Be("T-1002");
    }

    [Test]
    public async Task Customer_endpoint_answers_the_given_name_or_404()
    {
        await using var crm = await FakeCrm.StartAsync();
        crm.GivenCustomer("C-1", "Ada Lovelace");
        using var http = new CrmHttpClient(crm);

        var known = await http.GetJsonAsync("v1/leads/C-1");
        using var unknown = await http.GetAsync("v1/leads/C-404");

        known.GetProperty("name").GetString().Should().Be("Ada Lovelace");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [TestCase(200)]
    [TestCase(302)]
    [TestCase(600)]
    public async Task A_failure_status_must_be_an_http_error(int status)
    {
        await using var crm = await FakeCrm.StartAsync();

        crm.Invoking(c => c.GivenTicketCreationFails(status)).Should().Throw<ArgumentOutOfRangeException>();
        crm.Invoking(c => c.GivenAssociationFails(status)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
