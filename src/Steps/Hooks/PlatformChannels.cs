using Cdp.TicketE2E.Steps.Channels;
using Cdp.TicketE2E.Steps.Channels.Mobile;
using Cdp.TicketE2E.Steps.Channels.Web;
using Reqnroll;
using Reqnroll.BoDi;

namespace Cdp.TicketE2E.Steps.Hooks;

/// <summary>
/// The scenario's platform tag decides what its steps drive: before the first step, the channel of that platform is
/// registered as the scenario's <see cref="ITicketChannel"/>, so a step only says what the user does and never asks which
/// platform it is on. Only the chosen channel is ever built.
/// </summary>
[Binding]
public sealed class PlatformChannels
{
    [BeforeScenario(Order = 0)]
    public static void RequirePlatformTag(ScenarioContext scenario)
    {
        if (!scenario.ScenarioInfo.CombinedTags.Any(tag => tag is "web" or "mobile"))
            throw new InvalidOperationException($"Scenario \"{scenario.ScenarioInfo.Title}\" has no platform tag. Tag it @web or @mobile.");
    }

    [BeforeScenario("@web", Order = 1)]
    public static void DriveTheCustomerPage(IObjectContainer scenario) => scenario.RegisterTypeAs<WebChannel, ITicketChannel>();

    [BeforeScenario("@mobile", Order = 1)]
    public static void DriveTheContactScreen(IObjectContainer scenario) => scenario.RegisterTypeAs<MobileChannel, ITicketChannel>();
}
