using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Contracts;
using Cdp.TicketE2E.Steps.Drivers.Mobile;
using Cdp.TicketE2E.Steps.Drivers.Mobile.Appium;
using Cdp.TicketE2E.Steps.Drivers.Web;
using Cdp.TicketE2E.Steps.Suite.Warm;
using Cdp.TicketE2E.Steps.Targets;
using Reqnroll;
using Reqnroll.BoDi;

namespace Cdp.TicketE2E.Steps.Suite;

/// <summary>
/// What one test run shares across its scenarios and workers: settings, contracts, the fake services, the apps under test,
/// the browser pool, the Appium server and its sessions. Each is registered in Reqnroll's test-run container before the
/// first scenario, created on first use (a web-only run never starts Appium), and stopped after the last scenario in the
/// reverse order of creation, so nothing is stopped while something built on it still runs. In a warm host (./e2e serve)
/// they outlive the run instead, for the next run with the same settings (<see cref="WarmObjects"/>).
/// </summary>
[Binding]
public sealed class RunServices
{
    [BeforeTestRun(Order = 0)]
    public static async Task RegisterShared(IObjectContainer run)
    {
        var settings = SettingsLoader.Load(AppContext.BaseDirectory);
        run.RegisterInstanceAs(settings);
        var shared = WarmSlot.Objects() is { } warm ? await warm.ForRunAsync(settings) : new SharedObjects();
        run.RegisterInstanceAs(shared);
        run.ObjectCreated += shared.Add;
        shared.Register<TargetContracts>(run);
        shared.Register<FakeBackends>(run);
        shared.Register<ForeignOrigin>(run);
        shared.Register<WebTarget>(run);
        shared.Register<MobileTarget>(run);
        shared.Register<BrowserPool>(run);
        shared.Register<AppiumServer>(run);
        shared.Register<MobileSessionPool>(run);
    }

    [AfterTestRun]
    public static Task StopShared(SharedObjects shared) => WarmSlot.Objects() is null ? shared.StopAsync() : Task.CompletedTask;
}
