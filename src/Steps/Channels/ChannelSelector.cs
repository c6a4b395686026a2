using Cdp.TicketE2E.Runner.Execution;

namespace Cdp.TicketE2E.Steps.Channels;

/// <summary>Picks the channel for the scenario's platform tag; only the chosen one is ever built.</summary>
public sealed class ChannelSelector(ScenarioContext scenario, Lazy<Web.WebChannel> web)
{
    /// <summary>The channel of this scenario's platform.</summary>
    public ITicketChannel Current =>
        scenario.HasTag("@web") ? web.Value
        : scenario.HasTag("@mobile") ? throw new Runner.Bindings.PendingStepException(
            "The mobile channel (Appium against the reference mobile app) is not automated yet; this scenario is reported as not covered.")
        : throw new InvalidOperationException(
            $"Scenario \"{scenario.Scenario.Pickle.Name}\" ({scenario.Scenario.Key}) has no platform tag. Tag it @web or @mobile.");
}
