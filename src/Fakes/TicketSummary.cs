namespace Cdp.TicketE2E.Fakes;

/// <summary>A ticket as the associated-tickets list shows it.</summary>
/// <param name="Id">The ticket id, such as <c>T-1001</c>.</param>
/// <param name="Title">The ticket title.</param>
public sealed record TicketSummary(string Id, string Title);
