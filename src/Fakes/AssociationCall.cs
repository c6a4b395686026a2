namespace Cdp.TicketE2E.Fakes;

/// <summary>One call to CDP's fallback <c>POST /v1/leads/{contact_id}/tickets/{ticket_id}</c>, as the fake answered it.</summary>
/// <param name="ContactId">The <c>contact_id</c> path segment.</param>
/// <param name="TicketId">The <c>ticket_id</c> path segment.</param>
/// <param name="StatusAnswered">The HTTP status the fake answered with (200 on success).</param>
public sealed record AssociationCall(string ContactId, string TicketId, int StatusAnswered);
