using Cdp.TicketE2E.ReferenceApps.Mobile;
using Cdp.TicketE2E.Steps.Configuration;
using Cdp.TicketE2E.Steps.World;

namespace Cdp.TicketE2E.Steps.Channels.Mobile;

/// <summary>
/// Where the mobile channel opens a contact. Embedded default: this scenario's reference mobile app, on its own port,
/// wired to this scenario's fake CRM and started when the contact is first opened, so it carries whatever the Given
/// steps decided (permission.update, ticket flag, failures). Device runs: the configured deep link (docs/real-device.md).
/// </summary>
public sealed class EmbeddedMobileTarget(TicketWorld world, HarnessSettings settings) : IAsyncDisposable
{
    private ReferenceMobileApp? app;

    /// <summary>The address that opens the app on the customer's contact detail.</summary>
    public async Task<Uri> ContactAsync(Customer customer)
    {
        var crm = await world.CrmAsync();
        // Also registers the v2.8 routes before the app can call them, and makes the contact searchable.
        crm.Mobile.GivenContact(customer.Id, customer.Name);
        if (settings.Mobile.Platform != MobilePlatform.ReferenceWeb)
            return new Uri(settings.Mobile.ContactDeepLink.Replace("{contactId}", Uri.EscapeDataString(customer.Id), StringComparison.Ordinal));
        app ??= await ReferenceMobileApp.StartAsync(new MobileAppSettings(
            ApiBaseUrl: crm.BaseUrl,
            CanUpdate: world.UserCanCreateTickets,
            TicketFlagOn: world.CreateTicketFlagOn,
            PrefillSupported: settings.Mobile.PrefillSupported,
            Defects: settings.ReferenceApps.ParsedDefects()));
        return app.ContactScreen(customer.Id);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }
}
