namespace Cdp.TicketE2E.Fakes.Mobile;

/// <summary>One <c>PUT /v2.8/tickets/{id}</c> the app made, exactly as sent, with the status the fake answered.</summary>
/// <param name="TicketId">The <c>{id}</c> path segment.</param>
/// <param name="QontakCustomerIds">The body's <c>qontak_customer_ids</c> as sent: duplicates are kept, so a test can see them.</param>
/// <param name="StatusAnswered">200 on success, 404 for an unknown ticket, or the failure a scenario configured.</param>
public sealed record MobileAssociationUpdate(string TicketId, IReadOnlyList<string> QontakCustomerIds, int StatusAnswered)
{
    /// <summary>True when the fake accepted the update.</summary>
    public bool Succeeded => StatusAnswered is >= 200 and < 300;
}
