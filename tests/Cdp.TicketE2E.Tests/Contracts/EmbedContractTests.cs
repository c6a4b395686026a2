using System.Text.Json;
using Cdp.TicketE2E.Steps.Contracts;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Contracts;

/// <summary>The embed message contract is data: the steps' envelopes and checks follow the file, and a broken file says what is wrong.</summary>
public sealed class EmbedContractTests
{
    private static readonly EmbedContract Real = EmbedContract.Load();

    [Test]
    public void The_real_contract_has_every_message_the_steps_speak_of_and_the_form_sends_four()
    {
        Real.Version.Should().Be(JsonDocument.Parse(File.ReadAllText(ContractFolder.Real("embed-messages.json"))).RootElement.GetProperty("version").GetString());
        Real.FormMessages.Should().BeEquivalentTo(EmbedContract.TicketCreated, EmbedContract.EmbedClose, EmbedContract.TicketCreateError, EmbedContract.EmbedResize);
        Real.TicketCreatedFor("T-1", "Refund").ToJson().Should().Be($"{{\"type\":\"TICKET_CREATED\",\"version\":\"{Real.Version}\",\"payload\":{{\"ticketId\":\"T-1\",\"title\":\"Refund\"}}}}");
    }

    [Test]
    public void A_renamed_field_and_a_new_version_change_every_envelope_without_touching_code()
    {
        using var folder = ContractFolder.WithEmbedContract(json => json.Replace("\"ticketId\":", "\"ticket_id\":").Replace("\"version\": \"0.1\"", "\"version\": \"1.0\""));

        var contract = EmbedContract.Load(folder.Path);

        contract.TicketCreatedFor("T-1", "Refund").ToJson().Should().Be("{\"type\":\"TICKET_CREATED\",\"version\":\"1.0\",\"payload\":{\"ticket_id\":\"T-1\",\"title\":\"Refund\"}}");
        contract.Message(EmbedContract.TicketCreated).ProblemsWith(JsonDocument.Parse("{\"ticketId\":\"T-1\"}").RootElement)
            .Should().Equal("ticket_id is missing");
    }

    [TestCase("{\"type\":\"EMBED_INIT\",\"version\":\"0.1\",\"payload\":{\"qontakCustomerId\":\"C-1\",\"embedSource\":\"cdp\"}}", "")]
    [TestCase("{\"type\":\"EMBED_INIT\",\"version\":\"0.1\",\"payload\":{\"embedSource\":\"cdp\"}}", "qontakCustomerId is missing")]
    [TestCase("{\"type\":\"EMBED_INIT\",\"version\":\"0.1\",\"payload\":{\"qontakCustomerId\":\"C-2\"}}", "its qontakCustomerId is \"C-2\", not \"C-1\"")]
    [TestCase("{\"type\":\"EMBED_INIT\",\"version\":\"9\",\"payload\":{\"qontakCustomerId\":\"C-1\"}}", "its version is 9, not 0.1")]
    [TestCase("{\"type\":\"EMBED_INIT\",\"version\":\"0.1\"}", "it has no payload object")]
    [TestCase("\"EMBED_INIT\"", "it is not a { type, version, payload } envelope")]
    public void An_observed_EMBED_INIT_is_judged_by_the_contracts_rules(string message, string problem)
    {
        var problems = Real.ProblemsWithInit(JsonDocument.Parse(message).RootElement, "C-1");

        if (problem.Length == 0) problems.Should().BeEmpty();
        else problems.Should().Contain(problem);
    }

    [TestCase("{\"height\":\"tall\"}", "height is not a number")]
    [TestCase("{\"height\":-4}", "height is below 0")]
    [TestCase("{}", "height is missing")]
    public void Payload_rules_follow_the_field_specs(string payload, string problem) =>
        Real.Message(EmbedContract.EmbedResize).ProblemsWith(JsonDocument.Parse(payload).RootElement).Should().Equal(problem);

    [Test]
    public void Malformed_envelopes_differ_from_valid_ones_in_exactly_the_named_field()
    {
        var resize = Real.Resize(480);

        resize.With("height", "tall").Payload.Should().Equal(new Dictionary<string, object?> { ["height"] = "tall" });
        Real.TicketCreatedFor("T-1", "x").Without("ticketId").Payload.Keys.Should().Equal("title");
        FluentActions.Invoking(() => Real.WellFormed("EMBED_INIT")).Should().Throw<ArgumentException>().WithMessage("*not a message the form sends*");
    }

    [TestCase("\"messages\": {", "\"messagez\": {", "*no \"messages\" object*")]
    [TestCase("\"EMBED_CLOSE\": {", "\"EMBED_SHUT\": {", "*lacks EMBED_CLOSE, which the steps speak of*")]
    [TestCase("\"meaning\": \"height\"", "\"meaning\": \"\"", "*EMBED_RESIZE*field height*\"meaning\"*")]
    [TestCase("\"type\": \"number\"", "\"type\": \"integer\"", "*type \"integer\"; allowed: string, number*")]
    [TestCase("\"from\": \"host\"", "\"from\": \"crm\"", "*\"from\" is \"crm\"; allowed: host, form*")]
    [TestCase("{", "{{", "*not valid JSON (line 1)*")]
    public void A_broken_contract_file_names_what_is_wrong(string find, string replace, string message)
    {
        using var folder = ContractFolder.WithEmbedContract(json => ReplaceFirst(json, find, replace));

        FluentActions.Invoking(() => EmbedContract.Load(folder.Path)).Should().Throw<Cdp.TicketE2E.Contracts.TargetContractException>().WithMessage(message);
    }

    [Test]
    public void A_missing_contract_file_says_the_build_copies_it() =>
        FluentActions.Invoking(() => EmbedContract.Load(Directory.CreateTempSubdirectory().FullName))
            .Should().Throw<Cdp.TicketE2E.Contracts.TargetContractException>().WithMessage("*embed-messages.json*the file is missing*rebuild*");

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, "the test edits '{0}', which the real contract must contain", find);
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
