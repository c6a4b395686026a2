using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Fakes;

/// <summary>CRM's v2.8 API as the mobile app calls it: the user, contact search, create, the association update, lists.</summary>
[TestFixture]
public sealed class FakeMobileApiTests
{
    [Test]
    public async Task Me_answers_permissions_and_feature_flags_snake_case()
    {
        await using var fakes = await RunningFakes.StartAsync();

        var me = await fakes.App.GetFromJsonAsync<JsonElement>(fakes.Crm("v2.8/me"));

        me.GetProperty("feature_flags").GetProperty("cdp_ticket_embed").GetBoolean().Should().BeTrue();
        (await new HttpClient().GetAsync(fakes.Crm("v2.8/me"))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task The_association_update_replaces_the_customers_and_is_journaled_exactly_as_sent()
    {
        await using var fakes = await RunningFakes.StartAsync();
        await fakes.Tenant.GivenCustomerAsync("cust-budi", "Budi Santoso");
        var created = await (await fakes.App.PostAsJsonAsync(fakes.Crm("v2.8/tickets"),
            new { name = "Login issue", qontak_customer_ids = new[] { "cust-budi" } })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString()!;

        using var update = await fakes.App.PutAsJsonAsync(fakes.Crm($"v2.8/tickets/{id}"),
            new { qontak_customer_ids = new[] { "cust-budi", RunningFakes.CustomerId, RunningFakes.CustomerId } });

        update.StatusCode.Should().Be(HttpStatusCode.OK);
        var state = await fakes.Tenant.ReadAsync();
        state.AssociationUpdatesFor("Login issue").Should().ContainSingle()
            .Which.QontakCustomerIds.Should().Equal("cust-budi", RunningFakes.CustomerId, RunningFakes.CustomerId);
        state.TicketTitled("Login issue")!.CustomerIds.Should().Equal("cust-budi", RunningFakes.CustomerId);
        var listed = await fakes.App.GetFromJsonAsync<JsonElement>(fakes.Crm($"v2.8/tickets?qontak_customer_id={RunningFakes.CustomerId}"));
        listed.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("name").GetString()).Should().Equal("Login issue");
    }

    [Test]
    public async Task An_update_that_drops_a_customer_unlinks_it()
    {
        await using var fakes = await RunningFakes.StartAsync();
        var ticket = await fakes.Tenant.GivenTicketAsync("Printer jam", RunningFakes.CustomerId);

        (await fakes.App.PutAsJsonAsync(fakes.Crm($"v2.8/tickets/{ticket.Id}"), new { qontak_customer_ids = Array.Empty<string>() })).EnsureSuccessStatusCode();

        (await fakes.Tenant.ReadAsync()).TicketsAssociatedTo(RunningFakes.CustomerId).Should().BeEmpty();
    }

    [Test]
    public async Task Failing_creation_and_failing_updates_answer_their_status_and_are_journaled()
    {
        await using var fakes = await RunningFakes.StartAsync();
        var ticket = await fakes.Tenant.GivenTicketAsync("Invoice missing");
        await fakes.Tenant.GivenTicketCreationFailsAsync();
        await fakes.Tenant.GivenAssociationUpdateFailsAsync(503);

        using var create = await fakes.App.PostAsJsonAsync(fakes.Crm("v2.8/tickets"), new { name = "Login failed", qontak_customer_ids = new[] { RunningFakes.CustomerId } });
        using var update = await fakes.App.PutAsJsonAsync(fakes.Crm($"v2.8/tickets/{ticket.Id}"), new { qontak_customer_ids = new[] { RunningFakes.CustomerId } });

        create.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        update.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var state = await fakes.Tenant.ReadAsync();
        state.TicketCreations.Should().ContainSingle().Which.Ticket.Should().BeNull();
        state.AssociationUpdates.Should().ContainSingle().Which.StatusAnswered.Should().Be(503);
        state.TicketsAssociatedTo(RunningFakes.CustomerId).Should().BeEmpty();
    }

    [Test]
    public async Task The_customer_search_and_the_ticket_list_stay_inside_the_tenant()
    {
        await using var fakes = await RunningFakes.StartAsync();
        await fakes.Control.Tenant("tenant-b").GivenCustomerAsync("cust-ana-b", "Ana Wijaya");
        await fakes.Control.Tenant("tenant-b").GivenTicketAsync("Printer jam");

        var found = await fakes.App.GetFromJsonAsync<JsonElement>(fakes.Crm("v2.8/customers?search=ana"));
        var all = await fakes.App.GetFromJsonAsync<JsonElement>(fakes.Crm("v2.8/tickets"));

        found.GetProperty("data").EnumerateArray().Select(c => c.GetProperty("id").GetString()).Should().Equal(RunningFakes.CustomerId);
        all.GetProperty("data").EnumerateArray().Should().BeEmpty();
    }

    [Test]
    public async Task Bodies_of_the_wrong_shape_are_refused()
    {
        await using var fakes = await RunningFakes.StartAsync();

        using var noName = await fakes.App.PostAsJsonAsync(fakes.Crm("v2.8/tickets"), new { qontak_customer_ids = new[] { "x" } });
        using var noIds = await fakes.App.PutAsJsonAsync(fakes.Crm("v2.8/tickets/T-1"), new { customers = "x" });

        noName.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        noIds.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await noIds.Content.ReadAsStringAsync()).Should().Contain("qontak_customer_ids");
    }
}
