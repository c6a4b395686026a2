namespace Cdp.TicketE2E.Reporting.Coverage;

/// <summary>How a FLAKY scenario (failed, then passed on retry) counts toward its requirements and the gate.</summary>
public enum FlakyPolicy
{
    /// <summary>Flaky is not passing: the requirement is NOK on that platform. The default.</summary>
    CountsAsFailing,

    /// <summary>Flaky counts as passed (it is still shown as flaky everywhere).</summary>
    CountsAsPassing,
}
