using System.Text.Json;
using Cdp.TicketE2E.Fakes;
using Cdp.TicketE2E.ReferenceApps.Web;
using Cdp.TicketE2E.Steps.Drivers.Web;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Suite;

/// <summary>The harness's reading of the embed contract: in step with both reference apps, and strict about EMBED_INIT.</summary>
[TestFixture]
public sealed class EmbedContractTests
{
    private static readonly string[] AllTypes =
        [EmbedContract.EmbedInit, EmbedContract.TicketCreated, EmbedContract.EmbedClose, EmbedContract.TicketCreateError, EmbedContract.EmbedResize];

    [Test]
    public async Task The_fake_CRM_form_speaks_the_same_version_and_types()
    {
        await using var crm = await FakeCrm.StartAsync();
        using var http = new HttpClient();

        var page = await http.GetStringAsync(crm.EmbedUrl);

        page.Should().Contain($"version: \"{EmbedContract.Version}\"").And.ContainAll(AllTypes);
    }

    [Test]
    public async Task The_reference_customer_page_speaks_the_same_version_and_types()
    {
        await using var crm = await FakeCrm.StartAsync();
        await using var host = await ReferenceCdpHost.StartAsync(CdpHostSettings.Enabled(crm.BaseUrl, crm.BaseUrl));
        using var http = new HttpClient();

        var contract = await http.GetStringAsync(new Uri(host.BaseUrl, "assets/embed-contract.js"));

        contract.Should().Contain($"version: \"{EmbedContract.Version}\"").And.ContainAll(AllTypes);
    }

    [Test]
    public void Envelopes_travel_as_type_version_payload()
    {
        var json = JsonDocument.Parse(EmbedContract.TicketCreatedFor("T-1", "Refund").ToJson()).RootElement;

        json.GetProperty("type").GetString().Should().Be("TICKET_CREATED");
        json.GetProperty("version").GetString().Should().Be(EmbedContract.Version);
        json.GetProperty("payload").GetProperty("ticketId").GetString().Should().Be("T-1");
    }

    [TestCase("""{"type":"EMBED_INIT","version":"0.1","payload":{"qontakCustomerId":"cust-1","embedSource":"cdp"}}""", "")]
    [TestCase("""{"type":"EMBED_INIT","version":"9","payload":{"qontakCustomerId":"cust-1"}}""", "its version is 9, not 0.1")]
    [TestCase("""{"type":"EMBED_INIT","version":"0.1","payload":{"qontakCustomerId":"cust-2"}}""", "its qontakCustomerId is \"cust-2\", not \"cust-1\"")]
    [TestCase("""{"type":"EMBED_INIT","version":"0.1","payload":{"qontakCustomerId":7}}""", "its qontakCustomerId is missing")]
    [TestCase("""{"type":"EMBED_INIT","version":"0.1"}""", "it has no payload object")]
    [TestCase("\"EMBED_INIT\"", "not a { type, version, payload } envelope")]
    public void An_observed_EMBED_INIT_is_checked_against_the_contract_and_the_customer(string observed, string problem)
    {
        var problems = EmbedContract.ProblemsWithInit(JsonDocument.Parse(observed).RootElement, "cust-1");

        if (problem.Length == 0) problems.Should().BeEmpty();
        else problems.Should().ContainSingle().Which.Should().Contain(problem);
    }

    [Test]
    public void Only_form_messages_have_a_well_formed_sample_and_the_violations_break_one_rule_each()
    {
        EmbedContract.FormMessages.Select(type => EmbedContract.WellFormed(type).Type).Should().Equal(EmbedContract.FormMessages);
        var act = () => EmbedContract.WellFormed("EMBED_INIT");
        act.Should().Throw<ArgumentException>().WithMessage("*TICKET_CREATED, EMBED_CLOSE, TICKET_CREATE_ERROR, EMBED_RESIZE*");

        ContractViolations.TicketCreatedWithoutTicketId().Payload.Should().NotContainKey("ticketId");
        ContractViolations.ResizeWithHeightThatIsNotANumber().Payload["height"].Should().BeOfType<string>();
        ContractViolations.UnknownType("TICKET_DELETED").Should().Match<EmbedEnvelope>(e => e.Type == "TICKET_DELETED" && e.Version == EmbedContract.Version);
    }
}
