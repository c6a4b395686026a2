namespace Cdp.TicketE2E.Fakes;

/// <summary>A ticket as the fake backends hold it: one truth for the web list, the associate-existing picker and the v2.8 API.</summary>
/// <param name="Id">The id the fake assigned, such as <c>T-1001</c>; unique across tenants.</param>
/// <param name="Title">The ticket's title (the v2.8 API calls it <c>name</c>).</param>
/// <param name="CustomerIds">The customers the ticket is associated to, in the order they were linked, without duplicates.</param>
public sealed record FakeTicket(string Id, string Title, IReadOnlyList<string> CustomerIds);
