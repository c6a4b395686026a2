using Cdp.TicketE2E.Steps.Contracts;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Contracts;

/// <summary>The web target contract: what the drivers read from it, and a file that cannot serve them says why.</summary>
public sealed class WebTargetContractTests
{
    [Test]
    public void The_real_contract_names_every_element_request_and_text_the_drivers_use()
    {
        var contract = WebTargetContract.Load();

        contract.TestIdAttribute.Should().Be("data-testid");
        contract.SessionKey.Should().NotBeEmpty();
        contract.CustomerPagePath.Should().Contain("{customerId}");
        contract.CreatedButNotAssociated.IsMatch("Ticket T-1 was created but could not be linked to this customer").Should().BeTrue();
        contract.Request(WebRequests.TicketList).ToString().Should().Be("GET /v1/leads/{customerId}/tickets");
    }

    [Test]
    public void A_request_pattern_matches_its_method_and_path_under_any_prefix_and_fills_given_values()
    {
        var list = new RequestPattern("ticketList", "GET", "/v1/leads/{customerId}/tickets");
        var ids = new Dictionary<string, string> { ["customerId"] = "cust-ana" };

        list.Matches("GET", "http://127.0.0.1:9/v1/leads/cust-ana/tickets", ids).Should().BeTrue();
        list.Matches("GET", "https://api.test/gateway/v1/leads/cust-ana/tickets?x=1", ids).Should().BeTrue();
        list.Matches("GET", "http://127.0.0.1:9/v1/leads/cust-bob/tickets", ids).Should().BeFalse("the value given must match");
        list.Matches("GET", "http://127.0.0.1:9/v1/leads/cust-bob/tickets").Should().BeTrue("without values any segment matches");
        list.Matches("POST", "http://127.0.0.1:9/v1/leads/cust-ana/tickets", ids).Should().BeFalse();
        list.Matches("GET", "http://127.0.0.1:9/v1/leads/cust-ana/tickets/T-1", ids).Should().BeFalse();
    }

    [TestCase("\"addMenu\": { \"testId\": \"tickets-add-menu\",", "\"plusButton\": { \"testId\": \"tickets-add-menu\",", "*elements lacks addMenu, which the web drivers use*")]
    [TestCase("\"addMenu\": { \"testId\": \"tickets-add-menu\",", "\"addMenu\": { \"testId\": \"x\", \"role\": \"button\",", "*element addMenu: give either \"testId\", or \"role\" and \"name\"*")]
    [TestCase("\"addMenu\": { \"testId\": \"tickets-add-menu\",", "\"addMenu\": { \"role\": \"knob\", \"name\": \"Add\",", "*role \"knob\" is not an ARIA role*")]
    [TestCase("\"addMenu\": { \"testId\": \"tickets-add-menu\",", "\"addMenu\": { \"role\": \"button\",", "*a role needs its accessible \"name\" too*")]
    [TestCase("\"ticketList\": {", "\"tickets\": {", "*requests lacks ticketList*")]
    [TestCase("\"testIdAttribute\": \"data-testid\",", "", "*no \"testIdAttribute\"*")]
    public void A_contract_that_cannot_serve_the_drivers_names_the_entry(string find, string replace, string message)
    {
        using var folder = ContractFolder.WithWebContract(json => json.Contains(find) ? json.Replace(find, replace) : throw new AssertionException($"the real contract lacks {find}"));

        FluentActions.Invoking(() => WebTargetContract.Load(folder.Path)).Should().Throw<Cdp.TicketE2E.Contracts.TargetContractException>().WithMessage(message);
    }

    [Test]
    public void An_element_may_be_found_by_role_and_name_instead_of_a_test_id()
    {
        using var folder = ContractFolder.WithWebContract(json =>
            json.Replace("\"addMenu\": { \"testId\": \"tickets-add-menu\",", "\"addMenu\": { \"role\": \"button\", \"name\": \"Add ticket\","));

        var addMenu = WebElementLocator.Read("addMenu", System.Text.Json.JsonDocument.Parse("{\"role\":\"button\",\"name\":\"Add ticket\"}").RootElement, "test");

        FluentActions.Invoking(() => WebTargetContract.Load(folder.Path)).Should().NotThrow();
        addMenu.ToString().Should().Be("role `Button` named \"Add ticket\"");
    }
}
