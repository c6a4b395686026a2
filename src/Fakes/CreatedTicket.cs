namespace Cdp.TicketE2E.Fakes;

/// <summary>A ticket CRM's create API made for the embedded form, with the customer context the form sent along.</summary>
/// <param name="Id">The id the fake assigned, such as <c>T-1001</c>.</param>
/// <param name="Title">The title typed into the form.</param>
/// <param name="CustomerId">The customer id the host passed in <c>EMBED_INIT</c>; <c>null</c> when none arrived.</param>
/// <param name="EmbedSource">The embed source the host passed in <c>EMBED_INIT</c> (expected <c>cdp</c>).</param>
public sealed record CreatedTicket(string Id, string Title, string? CustomerId, string? EmbedSource);
