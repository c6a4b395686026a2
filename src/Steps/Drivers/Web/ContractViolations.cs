namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>Messages that break the embed contract in one way each, everything else about them well-formed.</summary>
public static class ContractViolations
{
    /// <summary>A type the contract does not have, with a payload that would mean something if it were accepted.</summary>
    public static EmbedEnvelope UnknownType(string type) => EmbedContract.TicketCreatedFor("T-UNKNOWN", "Unknown message") with { Type = type };

    /// <summary>TICKET_CREATED whose payload lacks the ticket id the contract requires.</summary>
    public static EmbedEnvelope TicketCreatedWithoutTicketId() =>
        EmbedContract.TicketCreatedFor("", "") with { Payload = new Dictionary<string, object?> { ["title"] = "No id" } };

    /// <summary>EMBED_RESIZE whose height is a string, not a number.</summary>
    public static EmbedEnvelope ResizeWithHeightThatIsNotANumber() =>
        EmbedContract.Resize(0) with { Payload = new Dictionary<string, object?> { ["height"] = "tall" } };
}
