namespace Cdp.TicketE2E.Fakes;

/// <summary>A ticket the fake CRM's create API made, with the customer context the embed sent along.</summary>
/// <param name="Id">The id the fake assigned, such as <c>T-1001</c>.</param>
/// <param name="Title">The title typed into the embed form.</param>
/// <param name="CustomerId">The <c>qontakCustomerId</c> the host passed in <c>EMBED_INIT</c>; <c>null</c> when none arrived.</param>
/// <param name="EmbedSource">The <c>embedSource</c> the host passed in <c>EMBED_INIT</c> (expected <c>cdp</c>).</param>
public sealed record CreatedTicket(string Id, string Title, string? CustomerId, string? EmbedSource);
