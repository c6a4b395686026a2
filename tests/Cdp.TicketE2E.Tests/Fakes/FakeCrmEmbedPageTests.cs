using System.Net;
using Cdp.TicketE2E.Fakes;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Fakes;

[TestFixture]
public sealed class FakeCrmEmbedPageTests
{
    [Test]
    public async Task Embed_page_is_served_as_html_with_the_form_and_the_contract()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var http = new CrmHttpClient(crm);

        using var response = await http.GetAsync("embed/ticket/create?embed_source=cdp");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        foreach (var testId in new[] { "embed-customer", "ticket-title", "ticket-description", "ticket-submit", "ticket-cancel", "embed-status" })
            html.Should().Contain($"data-testid=\"{testId}\"");
        html.Should().Contain("EMBED_INIT").And.Contain("TICKET_CREATED").And.Contain("version: \"0.1\"");
        html.Should().NotContain("{{", "every template slot is filled");
    }

    [Test]
    public async Task Allowed_host_origins_reach_the_embed_config()
    {
        await using var crm = await FakeCrm.StartAsync(new FakeCrmOptions(["http://127.0.0.1:4321"]));
        using var http = new CrmHttpClient(crm);

        var html = await (await http.GetAsync("embed/ticket/create")).Content.ReadAsStringAsync();

        html.Should().Contain("\"allowedHostOrigins\":[\"http://127.0.0.1:4321\"]");
    }

    [Test]
    public async Task Without_allowed_origins_the_embed_accepts_any_host()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var http = new CrmHttpClient(crm);

        var html = await (await http.GetAsync("embed/ticket/create")).Content.ReadAsStringAsync();

        html.Should().Contain("\"allowedHostOrigins\":null");
    }

    [Test]
    public async Task Addresses_use_localhost_so_the_origin_differs_from_a_host_on_127_0_0_1()
    {
        await using var crm = await FakeCrm.StartAsync();

        crm.BaseUrl.Should().Be(new Uri($"http://localhost:{crm.Port}/"));
        crm.Origin.Should().Be($"http://localhost:{crm.Port}");
        crm.EmbedUrl.Should().Be(new Uri($"http://localhost:{crm.Port}/embed/ticket/create"));
    }
}
