using Cdp.TicketE2E.Contracts;
using Cdp.TicketE2E.Contracts.Mobile;
using Cdp.TicketE2E.ReferenceApps.Mobile;
using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Drivers.Mobile.Locators;

namespace Cdp.TicketE2E.Steps.Targets;

/// <summary>
/// The mobile app under test, for the run. On the reference platform: the reference mobile app, served here and wired to
/// the fake CRM, started on first use (one build that pre-fills the contact, one that cannot, for OQ-M2). On a device:
/// the configured deep link opens the installed app (docs/real-device.md); nothing is started.
/// </summary>
public sealed class MobileTarget(HarnessSettings settings, FakeBackends backends) : IAsyncDisposable
{
    private readonly SemaphoreSlim start = new(1, 1);
    private readonly Dictionary<bool, ReferenceMobileApp> apps = [];

    /// <summary>How the scenario's user gets into the app on a contact: the address to open and, for the reference app, where to sign in first.</summary>
    public async Task<MobileEntry> ContactAsync(string contactId, string userToken, bool prefill)
    {
        if (settings.Mobile.Platform != MobilePlatform.ReferenceWeb)
            return new MobileEntry(new Uri(settings.Mobile.ContactDeepLink
                .Replace("{contactId}", Uri.EscapeDataString(contactId), StringComparison.Ordinal)
                .Replace("{token}", Uri.EscapeDataString(userToken), StringComparison.Ordinal)), SignIn: null);
        var app = await AppAsync(prefill);
        return new MobileEntry(app.ContactScreen(contactId), new MobileSignIn(app.SignInPage, SessionKey(), userToken));
    }

    private async Task<ReferenceMobileApp> AppAsync(bool prefill)
    {
        await start.WaitAsync();
        try
        {
            if (apps.TryGetValue(prefill, out var running)) return running;
            return apps[prefill] = await ReferenceMobileApp.StartAsync(new MobileAppSettings(
                ApiBaseUrl: (await backends.ReadyAsync()).CrmUrl,
                SessionKey: SessionKey(),
                UpdatePermission: settings.Mobile.UpdatePermission,
                TicketFlag: settings.Mobile.TicketFlag,
                PrefillSupported: prefill,
                PipelineId: settings.Mobile.PipelineId,
                Defects: settings.ReferenceApps.ReferenceDefects(settings.Target)));
        }
        finally
        {
            start.Release();
        }
    }

    // Where the reference app keeps its API token: the session entry of contracts/mobile-target.json.
    private static string SessionKey() => MobileTargetContract.Load(LocatorMap.ShippedPath).Session?.Key
        ?? throw new TargetContractException(LocatorMap.ShippedPath, ["no \"session\" entry: the reference app's sign-in needs its localStorage key."]);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var app in apps.Values) await app.DisposeAsync();
        start.Dispose();
    }
}

/// <summary>The address that opens the app on a contact, and the sign-in to do first (none for a device app).</summary>
public sealed record MobileEntry(Uri Contact, MobileSignIn? SignIn);

/// <summary>Sign-in through stored state: on <paramref name="Page"/> (the app's origin), the token goes into localStorage.</summary>
public sealed record MobileSignIn(Uri Page, string Key, string Token);
