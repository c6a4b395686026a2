using System.Net;
using Cdp.TicketE2E.ReferenceApps.Web;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.ReferenceApps;

/// <summary>The reference host over plain HTTP: addresses, the served page and its injected settings, assets, validation.</summary>
[TestFixture]
public sealed class ReferenceCdpHostTests
{
    private static readonly Uri Embed = new("http://localhost:5555/embed/ticket/create");
    private static readonly Uri Api = new("http://localhost:6666");

    [Test]
    public async Task Page_is_served_on_127_0_0_1_with_the_settings_as_a_json_config_block()
    {
        var settings = CdpHostSettings.Default(Embed, Api) with
        {
            TicketFlag = "my_flag",
            Defects = new HashSet<SeededDefect> { SeededDefect.NoOriginCheck, SeededDefect.NoListRefresh },
        };
        await using var host = await ReferenceCdpHost.StartAsync(settings);
        using var http = new HttpClient();

        using var response = await http.GetAsync(host.CustomerPage("C-1"));
        var html = await response.Content.ReadAsStringAsync();

        host.BaseUrl.Host.Should().Be("127.0.0.1");
        host.CustomerPage("C-1").Should().Be(new Uri(host.BaseUrl, "customers/C-1"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        html.Should().Contain("\"customerId\":\"C-1\"")
            .And.Contain("\"crmOrigin\":\"http://localhost:5555\"")
            .And.Contain("\"crmEmbedUrl\":\"http://localhost:5555/embed/ticket/create?embed_source=cdp\"")
            .And.Contain("\"apiBaseUrl\":\"http://localhost:6666/\"")
            .And.Contain("\"sessionKey\":\"cdp.session\"")
            .And.Contain("\"ticketFlag\":\"my_flag\"")
            .And.Contain("\"sandbox\":\"allow-scripts allow-forms allow-same-origin\"")
            .And.Contain("\"defects\":[\"NoListRefresh\",\"NoOriginCheck\"]");
        html.Should().Contain("\"messages\"", "the embed contract is injected as data").And.NotContain("{{");
        foreach (var testId in new[] { "customer-name", "tickets-section", "ticket-list", "ticket-list-empty" })
            html.Should().Contain($"data-testid=\"{testId}\"");
    }

    [Test]
    public async Task A_crm_embed_url_with_a_path_keeps_the_path_in_the_embed_url_but_not_in_the_origin()
    {
        await using var host = await ReferenceCdpHost.StartAsync(CdpHostSettings.Default(new Uri("https://crm.test/app/embed/ticket/create"), Api));
        using var http = new HttpClient();

        var html = await http.GetStringAsync(host.CustomerPage("C-1"));

        html.Should().Contain("\"crmOrigin\":\"https://crm.test\"")
            .And.Contain("\"crmEmbedUrl\":\"https://crm.test/app/embed/ticket/create?embed_source=cdp\"");
    }

    [Test]
    public async Task A_hostile_customer_id_cannot_break_out_of_the_config_block()
    {
        await using var host = await ReferenceCdpHost.StartAsync(CdpHostSettings.Default(Embed, Api));
        using var http = new HttpClient();

        var html = await http.GetStringAsync(host.CustomerPage("</script><script>alert(1)</script>"));

        html.Should().NotContain("<script>alert(1)");
        html.Should().Contain("\\u003C/script\\u003E");
    }

    [TestCase("embed-channel.js", "text/javascript")]
    [TestCase("customer-page.js", "text/javascript")]
    [TestCase("customer-page.css", "text/css")]
    public async Task Scripts_and_styles_are_served_from_assets(string fileName, string mediaType)
    {
        await using var host = await ReferenceCdpHost.StartAsync(CdpHostSettings.Default(Embed, Api));
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(host.BaseUrl, "assets/" + fileName));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
    }

    [TestCase("customer-page.html")]
    [TestCase("nope.js")]
    public async Task Templates_and_unknown_files_are_not_served(string fileName)
    {
        await using var host = await ReferenceCdpHost.StartAsync(CdpHostSettings.Default(Embed, Api));
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(host.BaseUrl, "assets/" + fileName));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Two_hosts_run_at_once_and_disposing_releases_the_port()
    {
        var first = await ReferenceCdpHost.StartAsync(CdpHostSettings.Default(Embed, Api));
        await using var second = await ReferenceCdpHost.StartAsync(CdpHostSettings.Default(Embed, Api));
        var firstPage = first.CustomerPage("C-1");
        first.BaseUrl.Port.Should().NotBe(second.BaseUrl.Port);

        await first.DisposeAsync();
        await first.DisposeAsync();

        using var http = new HttpClient();
        await http.Invoking(h => h.GetAsync(firstPage)).Should().ThrowAsync<HttpRequestException>();
        (await http.GetAsync(second.CustomerPage("C-1"))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [TestCase("/relative/")]
    [TestCase("ftp://crm.test/")]
    public async Task Unusable_urls_fail_fast_naming_the_setting(string url)
    {
        var settings = CdpHostSettings.Default(new Uri(url, UriKind.RelativeOrAbsolute), Api);

        await FluentActions.Awaiting(() => ReferenceCdpHost.StartAsync(settings))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*CrmEmbedUrl*absolute http(s) URL*");
    }
}
