namespace Cdp.TicketE2E.Fakes.Backend;

/// <summary>What the create API answers: the new ticket, or the failure status a scenario configured.</summary>
internal sealed record TicketCreationResult(TicketSummary? Ticket, int Status)
{
    public static TicketCreationResult Created(TicketSummary ticket) => new(ticket, 201);

    public static TicketCreationResult Failed(int status) => new(null, status);
}
