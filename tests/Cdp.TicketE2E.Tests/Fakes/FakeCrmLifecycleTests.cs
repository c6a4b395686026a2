using System.Net;
using Cdp.TicketE2E.Fakes;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Fakes;

[TestFixture]
public sealed class FakeCrmLifecycleTests
{
    [Test]
    public async Task Two_instances_run_at_once_on_different_ports_without_sharing_state()
    {
        await using var first = await FakeCrm.StartAsync();
        await using var second = await FakeCrm.StartAsync();
        using var firstHttp = new CrmHttpClient(first);

        await firstHttp.CreateTicketAsync("Only in the first");

        first.Port.Should().NotBe(second.Port);
        first.CreatedTickets.Should().ContainSingle();
        second.CreatedTickets.Should().BeEmpty();
    }

    [Test]
    public async Task Cors_preflight_for_a_json_post_from_another_origin_is_allowed()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var http = new HttpClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, new Uri(crm.BaseUrl, "v1/leads/C-1/tickets/T-1"));
        preflight.Headers.Add("Origin", "http://127.0.0.1:9");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");

        using var response = await http.SendAsync(preflight);

        response.IsSuccessStatusCode.Should().BeTrue();
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().ContainSingle().Which.Should().BeOneOf("*", "http://127.0.0.1:9");
        response.Headers.GetValues("Access-Control-Allow-Methods").Single().Should().Contain("POST");
    }

    [Test]
    public async Task Request_journal_lists_method_path_status_and_bodies()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var http = new CrmHttpClient(crm);
        await http.CreateTicketAsync("Journaled");
        await http.AssociateAsync("C-1", "T-1001");

        var journal = crm.RequestJournal();

        journal.Should().Contain("POST /api/tickets -> 201").And.Contain("\"title\":\"Journaled\"");
        journal.Should().Contain("POST /v1/leads/C-1/tickets/T-1001 -> 200");
    }

    [Test]
    public async Task Request_journal_keeps_the_query_and_elides_the_embed_html()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var http = new CrmHttpClient(crm);
        await http.GetAsync("embed/ticket/create?embed_source=cdp");

        crm.RequestJournal().Should().Contain("GET /embed/ticket/create?embed_source=cdp -> 200 response=(html page)");
    }

    [Test]
    public async Task An_unused_instance_has_an_empty_journal()
    {
        await using var crm = await FakeCrm.StartAsync();

        crm.RequestJournal().Should().Be("(no requests)");
    }

    [Test]
    public async Task Disposing_releases_the_port()
    {
        var crm = await FakeCrm.StartAsync();
        var embedUrl = crm.EmbedUrl;
        await crm.DisposeAsync();
        crm.Dispose();

        using var http = new HttpClient();
        await http.Invoking(h => h.GetAsync(embedUrl)).Should().ThrowAsync<HttpRequestException>();
    }
}
