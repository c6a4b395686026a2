using Cdp.TicketE2E.Fakes;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Fakes;

/// <summary>The embed page requests are journaled with their query, where CDP's embed-source marker travels (OQ-3).</summary>
[TestFixture]
public sealed class FakeCrmEmbedRequestTests
{
    [Test]
    public async Task Each_embed_page_request_is_journaled_with_its_decoded_query_in_order()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var http = new CrmHttpClient(crm);

        (await http.GetAsync("embed/ticket/create?embed_source=cdp&x=a%20b")).Dispose();
        (await http.GetAsync("embed/ticket/create")).Dispose();
        (await http.GetAsync("v1/leads/C-1/tickets")).Dispose();

        crm.EmbedPageRequests.Should().HaveCount(2, "only requests for the embed page are journaled here");
        crm.EmbedPageRequests[0].Parameter("embed_source").Should().Be("cdp");
        crm.EmbedPageRequests[0].Parameter("x").Should().Be("a b");
        crm.EmbedPageRequests[1].Parameter("embed_source").Should().BeNull();
    }

    [TestCase("?a=1&a=2", "2")]
    [TestCase("a=1", "1")]
    [TestCase("", null)]
    [TestCase(null, null)]
    public void A_raw_query_is_read_with_or_without_its_question_mark_and_the_last_value_wins(string? raw, string? expected) =>
        EmbedPageRequest.FromRawQuery(raw).Parameter("a").Should().Be(expected);
}
