using Cdp.TicketE2E.Runner.Bindings;

namespace Cdp.TicketE2E.Steps.Channels.Mobile;

/// <summary>The mobile channel. Not automated yet: every action is PENDING, so mobile scenarios are reported as not covered.</summary>
public sealed class MobileChannel : ITicketChannel
{
    private static Task Pending() => throw new PendingStepException(
        "The mobile channel (Appium against the reference mobile app) is not automated yet; this scenario is reported as not covered.");

    public Task OpenCustomerAsync() => Pending();
    public Task CreateTicketAsync(string title) => Pending();
    public Task TryCreateTicketAsync(string title) => Pending();
    public Task OpenTicketFormAsync() => Pending();
    public Task CancelTicketFormAsync() => Pending();
    public Task AssociateExistingTicketAsync(string title) => Pending();
    public async Task<bool> OffersTicketCreationAsync() { await Pending(); return false; }
    public Task ExpectTicketFormShownAsync() => Pending();
    public Task ExpectOnCustomerAsync() => Pending();
    public Task ExpectTicketListedAsync(string title) => Pending();
    public Task ExpectNoTicketsListedAsync() => Pending();
    public Task ExpectCreatedButNotAssociatedNoticeAsync(string title) => Pending();
}
