namespace Cdp.TicketE2E.Reporting.Gate;

/// <summary>The gate's answer: passed only with no reasons.</summary>
/// <param name="Reasons">Every reason it does not pass, in a stable order (stream, parse errors, orphans, steps, requirements).</param>
public sealed record GateResult(IReadOnlyList<GateReason> Reasons)
{
    /// <summary>True when there is no reason to fail.</summary>
    public bool Passed => Reasons.Count == 0;
}
