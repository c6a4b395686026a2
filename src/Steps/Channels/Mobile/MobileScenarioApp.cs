using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Targets;
using Cdp.TicketE2E.Steps.World;

namespace Cdp.TicketE2E.Steps.Channels.Mobile;

/// <summary>
/// Which mobile app this scenario opens: the run's app, or, when the scenario says the create screen cannot pre-fill the
/// customer (OQ-M2 "no"), the reference build that cannot. A device app cannot be switched per scenario.
/// </summary>
public sealed class MobileScenarioApp(MobileTarget target, TicketWorld world, HarnessSettings settings)
{
    private bool withoutPrefill;
    private bool opened;

    /// <summary>This scenario's create screen opens with no customer, so only the association update would add it.</summary>
    /// <exception cref="InvalidOperationException">The app is already open, or a device app is configured to pre-fill.</exception>
    public void WithoutPrefill()
    {
        if (opened)
            throw new InvalidOperationException("The app is already open, so its create screen can no longer be told not to pre-fill. Put the step before the first step that opens the contact.");
        if (settings.Mobile.Platform != MobilePlatform.ReferenceWeb && settings.Mobile.PrefillSupported)
            throw new InvalidOperationException(
                $"This scenario needs a create screen that does not pre-fill the contact, but the {settings.Mobile.Platform} app under test does " +
                "(E2E:Mobile:PrefillSupported=true) and only the reference app can be switched per scenario. Run it where the app does not pre-fill.");
        withoutPrefill = true;
    }

    /// <summary>How to open the app on the scenario's customer, signed in as its user.</summary>
    public Task<MobileEntry> ContactAsync()
    {
        opened = true;
        world.AppOpened("the app was opened on the contact");
        return target.ContactAsync(world.RequireCustomer().Id, world.UserToken, settings.Mobile.PrefillSupported && !withoutPrefill);
    }
}
