using Reqnroll;
using Cdp.TicketE2E.Steps.Channels.Web;
using Cdp.TicketE2E.Steps.Drivers.Mobile;
using Cdp.TicketE2E.Steps.Drivers.Web;
using Cdp.TicketE2E.Steps.World;

namespace Cdp.TicketE2E.Steps.Hooks;

/// <summary>
/// What happens after every scenario, in this order: evidence first, while pages and sessions are still open; then the
/// sessions close (a browser context, an Appium session back to its pool); then the scenario's tenant is forgotten. Each
/// is a hook step of its own in the report, so a failure in any of them fails the scenario visibly. Reqnroll runs no
/// further after-hook once one fails; the scenario container's disposal then closes what those would have closed.
/// </summary>
[Binding]
public sealed class ScenarioEndHooks
{
    [AfterScenario("@web", Order = 10)]
    public Task KeepPostMessageTraffic(WebChannel web) => web.KeepMessageTrafficAsync();

    [AfterScenario("@web", Order = 20)]
    public Task KeepBrowserEvidence(WebSession session) => session.KeepEvidenceAsync();

    [AfterScenario("@mobile", Order = 20)]
    public void KeepAppEvidence(MobileSession session) => session.KeepEvidence();

    [AfterScenario(Order = 30)]
    public Task KeepFakeServicesJournal(TicketWorld world) => world.KeepJournalAsync();

    [AfterScenario("@web", Order = 100)]
    public Task CloseBrowserContext(WebSession session) => session.CloseAsync();

    [AfterScenario("@mobile", Order = 100)]
    public void CloseAppSession(MobileSession session) => session.Close();

    [AfterScenario(Order = 200)]
    public Task ForgetTenant(TicketWorld world) => world.ForgetAsync();
}
