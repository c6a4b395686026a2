namespace Cdp.TicketE2E.Configuration;

/// <summary>How a scenario that failed and then passed on a retry (FLAKY) counts for the Lane-A gate (the names of --flaky).</summary>
public enum FlakyGatePolicy { CountsAsFailing, CountsAsPassing }

/// <summary>The gate policy an environment runs under; <c>--flaky</c> on the command line overrides it.</summary>
public sealed record GateSettings
{
    /// <summary>How a FLAKY scenario counts for the gate.</summary>
    public FlakyGatePolicy Flaky { get; init; } = FlakyGatePolicy.CountsAsFailing;
}
