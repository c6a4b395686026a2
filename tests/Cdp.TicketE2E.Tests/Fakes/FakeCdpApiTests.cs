using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Fakes;

/// <summary>The fake CDP API as a CDP page calls it: the signed-in user, customers, tickets and CDP's own association call.</summary>
[TestFixture]
public sealed class FakeCdpApiTests
{
    [Test]
    public async Task Without_a_known_token_every_call_is_refused_with_how_to_sign_in()
    {
        await using var fakes = await RunningFakes.StartAsync();
        using var stranger = new HttpClient();
        stranger.DefaultRequestHeaders.Authorization = new("Bearer", "nobody");

        using var anonymous = await new HttpClient().GetAsync(fakes.Cdp("v1/me"));
        using var unknown = await stranger.GetAsync(fakes.Cdp($"v1/leads/{RunningFakes.CustomerId}/tickets"));

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        unknown.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await unknown.Content.ReadAsStringAsync()).Should().Contain("Authorization: Bearer");
    }

    [Test]
    public async Task Me_answers_the_users_permissions_and_flags_by_their_own_names()
    {
        await using var fakes = await RunningFakes.StartAsync();

        var me = await fakes.App.GetFromJsonAsync<JsonElement>(fakes.Cdp("v1/me"));

        me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).Should().Equal("ticket.create");
        me.GetProperty("flags").GetProperty("cdp_ticket_embed").GetBoolean().Should().BeTrue();
    }

    [Test]
    public async Task A_customers_tickets_are_listed_in_the_order_they_were_linked()
    {
        await using var fakes = await RunningFakes.StartAsync();
        var older = await fakes.Tenant.GivenTicketAsync("Printer jam");
        var newer = await fakes.Tenant.GivenTicketAsync("Refund not received", RunningFakes.CustomerId);
        (await fakes.App.PostAsync(fakes.Cdp($"v1/leads/{RunningFakes.CustomerId}/tickets/{older.Id}"), null)).EnsureSuccessStatusCode();

        var listed = await fakes.App.GetFromJsonAsync<JsonElement[]>(fakes.Cdp($"v1/leads/{RunningFakes.CustomerId}/tickets"));
        var name = await fakes.App.GetFromJsonAsync<JsonElement>(fakes.Cdp($"v1/leads/{RunningFakes.CustomerId}"));

        listed!.Select(t => t.GetProperty("title").GetString()).Should().Equal("Refund not received", "Printer jam");
        listed!.Select(t => t.GetProperty("id").GetString()).Should().Equal(newer.Id, older.Id);
        name.GetProperty("name").GetString().Should().Be("Ana Wijaya");
    }

    [Test]
    public async Task The_association_call_links_once_and_is_journaled_with_every_status_answered()
    {
        await using var fakes = await RunningFakes.StartAsync();
        var ticket = await fakes.Tenant.GivenTicketAsync("Refund not received");
        var url = fakes.Cdp($"v1/leads/{RunningFakes.CustomerId}/tickets/{ticket.Id}");

        (await fakes.App.PostAsync(url, null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await fakes.App.PostAsync(url, null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await fakes.App.PostAsync(fakes.Cdp($"v1/leads/{RunningFakes.CustomerId}/tickets/T-404"), null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        await fakes.Tenant.GivenAssociationFailsAsync(503);
        (await fakes.App.PostAsync(url, null)).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);

        var state = await fakes.Tenant.ReadAsync();
        state.AssociationCalls.Select(c => (c.ContactId, c.TicketId, c.StatusAnswered)).Should().Equal(
            (RunningFakes.CustomerId, ticket.Id, 200), (RunningFakes.CustomerId, ticket.Id, 200),
            (RunningFakes.CustomerId, "T-404", 404), (RunningFakes.CustomerId, ticket.Id, 503));
        state.TicketsAssociatedTo(RunningFakes.CustomerId).Select(t => t.Id).Should().Equal(ticket.Id);
        state.Requests.Should().Contain(r => r.Contains($"POST /v1/leads/{RunningFakes.CustomerId}/tickets/{ticket.Id} -> 503"));
    }

    [Test]
    public async Task The_associate_existing_picker_lists_every_ticket_of_the_tenant_only()
    {
        await using var fakes = await RunningFakes.StartAsync();
        await fakes.Tenant.GivenTicketAsync("Printer jam");
        await fakes.Control.Tenant("tenant-b").GivenTicketAsync("Someone else's ticket");

        var listed = await fakes.App.GetFromJsonAsync<JsonElement[]>(fakes.Cdp("v1/tickets"));

        listed!.Select(t => t.GetProperty("title").GetString()!).Should().Equal("Printer jam");
    }
}
