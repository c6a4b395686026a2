namespace Cdp.TicketE2E.Steps.World;

/// <summary>A CDP customer (contact) a scenario works on.</summary>
public sealed record Customer(string Id, string Name)
{
    /// <summary>
    /// A customer of this scenario: the id reads like the name, so evidence and journals read naturally, and ends with the
    /// scenario's key, so scenarios sharing the fake services never share a customer.
    /// </summary>
    public static Customer Named(string name, string scenarioKey) =>
        new($"cust-{string.Concat(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-'))}-{scenarioKey}", name);
}
