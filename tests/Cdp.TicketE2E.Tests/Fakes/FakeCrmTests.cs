using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Fakes;

/// <summary>The fake CRM's web side: the embed page and CRM's create API behind it, with OQ-6 and the creation fault.</summary>
[TestFixture]
public sealed class FakeCrmTests
{
    [Test]
    public async Task The_embed_page_carries_the_form_and_the_contract_file_as_data()
    {
        await using var fakes = await RunningFakes.StartAsync();
        var contractVersion = JsonDocument.Parse(File.ReadAllText(Path.Combine(Cdp.TicketE2E.Tests.EndToEnd.CommandLine.Root, "contracts", "embed-messages.json")))
            .RootElement.GetProperty("version").GetString();

        using var response = await new HttpClient().GetAsync(fakes.Crm("embed/ticket/create?embed_source=cdp"));
        var html = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        foreach (var testId in new[] { "ticket-form", "ticket-title", "ticket-submit", "ticket-cancel" })
            html.Should().Contain($"data-testid=\"{testId}\"");
        html.Should().Contain($"\"version\": \"{contractVersion}\"").And.Contain("\"meaning\": \"ticketId\"").And.NotContain("{{");
    }

    [Test]
    public async Task A_create_belongs_to_the_tenant_of_the_customer_it_names()
    {
        await using var fakes = await RunningFakes.StartAsync();

        using var created = await fakes.CreateFromEmbedAsync("Refund not received");
        using var unknownCustomer = await fakes.CreateFromEmbedAsync("Nobody's ticket", customerId: null);

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        unknownCustomer.StatusCode.Should().Be(HttpStatusCode.Created, "CRM creates a ticket without a customer too");
        var state = await fakes.Tenant.ReadAsync();
        state.CreatedTickets.Should().ContainSingle().Which.Should().Match<Cdp.TicketE2E.Fakes.CreatedTicket>(t =>
            t.Title == "Refund not received" && t.CustomerId == RunningFakes.CustomerId && t.EmbedSource == "cdp");
        state.TicketsAssociatedTo(RunningFakes.CustomerId).Should().BeEmpty("CRM does not associate server-side unless told to (OQ-6)");
    }

    [Test]
    public async Task When_crm_associates_server_side_the_new_ticket_is_linked_to_its_customer_at_once()
    {
        await using var fakes = await RunningFakes.StartAsync();
        await fakes.Tenant.GivenCrmAssociatesServerSideAsync(true);

        var body = await (await fakes.CreateFromEmbedAsync("Refund not received")).Content.ReadFromJsonAsync<JsonElement>();

        (await fakes.Tenant.ReadAsync()).TicketsAssociatedTo(RunningFakes.CustomerId).Select(t => t.Id)
            .Should().Equal(body.GetProperty("id").GetString());
    }

    [Test]
    public async Task A_failing_creation_answers_the_status_and_creates_nothing()
    {
        await using var fakes = await RunningFakes.StartAsync();
        await fakes.Tenant.GivenTicketCreationFailsAsync(502);

        using var response = await fakes.CreateFromEmbedAsync("Login failed");

        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        (await response.Content.ReadAsStringAsync()).Should().Contain("could not create");
        var state = await fakes.Tenant.ReadAsync();
        state.CreatedTickets.Should().BeEmpty();
        state.Tickets.Should().BeEmpty();
        state.Requests.Should().ContainSingle(r => r.Contains("POST /api/tickets -> 502"));
    }

    [Test]
    public async Task A_create_without_a_title_is_refused()
    {
        await using var fakes = await RunningFakes.StartAsync();

        using var response = await fakes.CreateFromEmbedAsync("  ");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
