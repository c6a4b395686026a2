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
    private bool withoutPrefill;

    /// <summary>
    /// This scenario's create screen opens with no customer (the OQ-M2 answer "no", for this scenario only), so a ticket is
    /// created without the contact and only the association update would add it. The reference app is started so; a device
    /// app cannot be switched, so there the configured answer must already be "no".
    /// </summary>
    /// <exception cref="InvalidOperationException">The app is already open, or a device app is configured to pre-fill.</exception>
    public void WithoutPrefill()
    {
        if (app is not null)
            throw new InvalidOperationException("The app is already open, so its create screen can no longer be told not to pre-fill. Put the step before the first step that opens the contact.");
        if (settings.Mobile.Platform != MobilePlatform.ReferenceWeb && settings.Mobile.PrefillSupported)
            throw new InvalidOperationException(
                $"This scenario needs a create screen that does not pre-fill the contact, but the {settings.Mobile.Platform} app under test does " +
                "(E2E:Mobile:PrefillSupported=true) and only the reference app can be switched per scenario. Run it where the app does not pre-fill.");
        withoutPrefill = true;
    }

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
            PrefillSupported: settings.Mobile.PrefillSupported && !withoutPrefill,
            Defects: settings.ReferenceApps.ParsedDefects()));
        return app.ContactScreen(customer.Id);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }
}
