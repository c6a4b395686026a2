namespace Cdp.TicketE2E.Runner.Plugin;

/// <summary>What the glue needs to know of the run it serves.</summary>
/// <param name="ReportsDirectory">Where cucumber.ndjson, cucumber.html and evidence/ go; null writes no formatter output.</param>
/// <param name="StepTimeout">How long one step or hook may take before it fails.</param>
/// <param name="Retries">How often a failed scenario is tried again.</param>
/// <param name="DryRun">Match steps but invoke no binding or hook (the lint).</param>
public sealed record RunnerOptions(string? ReportsDirectory, TimeSpan StepTimeout, int Retries = 0, bool DryRun = false);
