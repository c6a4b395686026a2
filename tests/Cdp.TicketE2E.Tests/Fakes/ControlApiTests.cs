using System.Net;
using System.Net.Http.Json;
using Cdp.TicketE2E.Fakes;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Fakes;

/// <summary>The control API: tenants isolate scenarios that share the services, and a bad arrangement is refused with why.</summary>
[TestFixture]
public sealed class ControlApiTests
{
    [Test]
    public async Task Two_tenants_with_the_same_titles_each_read_only_their_own()
    {
        await using var fakes = await RunningFakes.StartAsync();
        var other = fakes.Control.Tenant("tenant-b");
        await other.GivenCustomerAsync("cust-ana-b", "Ana Wijaya");
        await fakes.Tenant.GivenTicketAsync("Refund not received", RunningFakes.CustomerId);
        await other.GivenTicketAsync("Refund not received", "cust-ana-b");

        var mine = await fakes.Tenant.ReadAsync();
        var theirs = await other.ReadAsync();

        mine.Tickets.Should().ContainSingle().Which.CustomerIds.Should().Equal(RunningFakes.CustomerId);
        theirs.Tickets.Should().ContainSingle().Which.CustomerIds.Should().Equal("cust-ana-b");
        mine.Tickets[0].Id.Should().NotBe(theirs.Tickets[0].Id, "ticket ids are unique across tenants");
    }

    [Test]
    public async Task A_customer_id_or_token_of_another_tenant_is_refused()
    {
        await using var fakes = await RunningFakes.StartAsync();
        var other = fakes.Control.Tenant("tenant-b");

        (await other.Invoking(t => t.GivenCustomerAsync(RunningFakes.CustomerId, "Someone")).Should().ThrowAsync<InvalidOperationException>())
            .WithMessage("*409*already belongs to another tenant*");
        (await other.Invoking(t => t.GivenUserAsync(RunningFakes.Token, new FakeUser("x", [], new Dictionary<string, bool>())))
            .Should().ThrowAsync<InvalidOperationException>()).WithMessage("*409*");
    }

    [Test]
    public async Task A_failure_that_is_not_an_http_error_and_an_unknown_switch_are_refused()
    {
        await using var fakes = await RunningFakes.StartAsync();
        using var http = new HttpClient { BaseAddress = fakes.Services.CrmUrl };

        using var notAnError = await http.PatchAsJsonAsync("__fake/tenants/tenant-a/behaviour", new { associationFailure = 200 });
        using var unknown = await http.PatchAsJsonAsync("__fake/tenants/tenant-a/behaviour", new { crmIsDown = true });
        using var wrongType = await http.PatchAsJsonAsync("__fake/tenants/tenant-a/behaviour", new { crmAssociatesServerSide = "yes" });

        notAnError.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await notAnError.Content.ReadAsStringAsync()).Should().Contain("400-599");
        (await unknown.Content.ReadAsStringAsync()).Should().Contain("Unknown behaviour crmIsDown");
        wrongType.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_failure_set_to_null_is_cleared()
    {
        await using var fakes = await RunningFakes.StartAsync();
        await fakes.Tenant.GivenTicketCreationFailsAsync();
        using var http = new HttpClient { BaseAddress = fakes.Services.CrmUrl };
        (await http.PatchAsync("__fake/tenants/tenant-a/behaviour", JsonContent.Create(new Dictionary<string, object?> { ["ticketCreationFailure"] = null })))
            .EnsureSuccessStatusCode();

        (await fakes.CreateFromEmbedAsync("Refund not received")).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Test]
    public async Task A_user_without_permissions_and_flags_is_refused()
    {
        await using var fakes = await RunningFakes.StartAsync();
        using var http = new HttpClient { BaseAddress = fakes.Services.CdpApiUrl };

        using var response = await http.PutAsJsonAsync("__fake/tenants/tenant-a/users/t2", new { name = "x", flags = new { a = "on" } });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("permissions");
    }

    [Test]
    public async Task A_forgotten_tenant_reads_empty_and_its_token_no_longer_signs_in()
    {
        await using var fakes = await RunningFakes.StartAsync();
        await fakes.Tenant.GivenTicketAsync("Printer jam");

        await fakes.Tenant.ForgetAsync();

        (await fakes.Tenant.ReadAsync()).Tickets.Should().BeEmpty();
        (await fakes.App.GetAsync(fakes.Cdp("v1/me"))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
