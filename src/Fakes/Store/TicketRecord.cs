namespace Cdp.TicketE2E.Fakes.Store;

/// <summary>A ticket in the store: its tenant (null when it was created for no known customer) and its customer links.</summary>
internal sealed class TicketRecord(string id, string title, string? tenant)
{
    public string Id { get; } = id;

    public string Title { get; } = title;

    public string? Tenant { get; } = tenant;

    /// <summary>Customer id to the link's sequence number, so a customer's tickets list in the order they were linked.</summary>
    public Dictionary<string, long> Links { get; } = new(StringComparer.Ordinal);

    public FakeTicket ToFake() => new(Id, Title, Links.OrderBy(l => l.Value).Select(l => l.Key).ToList());
}
