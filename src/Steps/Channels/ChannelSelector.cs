using Cdp.TicketE2E.Runner.Execution;
using Cdp.TicketE2E.Steps.Channels.Mobile;
using Cdp.TicketE2E.Steps.Channels.Web;

namespace Cdp.TicketE2E.Steps.Channels;

/// <summary>Picks the channel for the scenario's platform tag; only the chosen one is ever built.</summary>
public sealed class ChannelSelector(ScenarioContext scenario, Lazy<WebChannel> web, Lazy<MobileChannel> mobile)
{
    /// <summary>The channel of this scenario's platform.</summary>
    public ITicketChannel Current =>
        scenario.HasTag("@web") ? web.Value
        : scenario.HasTag("@mobile") ? mobile.Value
        : throw new InvalidOperationException(
            $"Scenario \"{scenario.Scenario.Pickle.Name}\" ({scenario.Scenario.Key}) has no platform tag. Tag it @web or @mobile.");
}
