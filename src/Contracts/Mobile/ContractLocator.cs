namespace Cdp.TicketE2E.Contracts.Mobile;

/// <summary>One <c>{ "strategy": "value" }</c> pair of the mobile contract.</summary>
public sealed record ContractLocator(LocatorStrategy Strategy, string Value)
{
    /// <summary>As the file writes it, e.g. <c>accessibilityId: ticket-add</c>.</summary>
    public override string ToString() => $"{LocatorStrategies.Name(Strategy)}: {Value}";
}
