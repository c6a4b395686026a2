namespace Cdp.TicketE2E.Steps.World;

/// <summary>A CDP customer (contact) a scenario works on.</summary>
public sealed record Customer(string Id, string Name)
{
    /// <summary>A customer with an id derived from the name, so evidence and journals read naturally.</summary>
    public static Customer Named(string name) =>
        new("cust-" + string.Concat(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')), name);
}
