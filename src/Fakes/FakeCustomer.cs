namespace Cdp.TicketE2E.Fakes;

/// <summary>A customer (contact) of a tenant, with the tickets associated to it in the order they were linked.</summary>
public sealed record FakeCustomer(string Id, string Name, IReadOnlyList<string> TicketIds);
