namespace Cdp.TicketE2E.Fakes.Mobile;

/// <summary>A ticket as CRM's v2.8 ticket API reports it to the mobile app: its customers are part of the ticket.</summary>
/// <param name="Id">The id the fake assigned, such as <c>T-1001</c> (same sequence as the web create API).</param>
/// <param name="Title">The ticket's name.</param>
/// <param name="CustomerIds">The ticket's <c>qontak_customer_ids</c>, in order, without duplicates.</param>
public sealed record MobileTicket(string Id, string Title, IReadOnlyList<string> CustomerIds);
