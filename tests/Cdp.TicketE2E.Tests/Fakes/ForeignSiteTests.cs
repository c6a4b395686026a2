using System.Net;
using Cdp.TicketE2E.Fakes.Foreign;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Fakes;

/// <summary>The site of another origin: a real server whose pages post their message to the parent and record what they get.</summary>
[TestFixture]
public sealed class ForeignSiteTests
{
    [Test]
    public async Task It_is_addressed_as_evil_test_on_its_own_port_and_serves_its_page_on_any_path()
    {
        await using var site = await ForeignSite.StartAsync();
        var port = new Uri(site.Origin).Port;
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        using var response = await http.GetAsync("landing.html");

        site.Origin.Should().Be($"http://evil.test:{port}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("window.__received").And.Contain("parent.postMessage");
    }

    [Test]
    public async Task The_sender_page_carries_its_envelope_encoded_in_the_query()
    {
        await using var site = await ForeignSite.StartAsync();

        var url = site.SenderPage("""{"type":"EMBED_CLOSE","payload":{}}""");

        url.GetLeftPart(UriPartial.Authority).Should().Be(site.Origin);
        Uri.UnescapeDataString(url.Query).Should().Be("""?message={"type":"EMBED_CLOSE","payload":{}}""");
        site.LandingPage.AbsoluteUri.Should().Be(site.Origin + "/landing.html");
    }

    [Test]
    public async Task Two_sites_never_share_an_origin()
    {
        await using var one = await ForeignSite.StartAsync();
        await using var two = await ForeignSite.StartAsync();

        one.Origin.Should().NotBe(two.Origin);
    }
}
