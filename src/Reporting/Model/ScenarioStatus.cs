namespace Cdp.TicketE2E.Reporting.Model;

/// <summary>The final result of one scenario (one pickle) in a run, after retries.</summary>
public enum ScenarioStatus
{
    /// <summary>The last attempt passed and no earlier attempt failed.</summary>
    Passed,

    /// <summary>An earlier attempt did not pass and the last one did.</summary>
    Flaky,

    /// <summary>The last attempt failed (a step or a hook threw).</summary>
    Failed,

    /// <summary>A step has no binding.</summary>
    Undefined,

    /// <summary>A step matches more than one binding.</summary>
    Ambiguous,

    /// <summary>A step is bound but marked as not implemented yet.</summary>
    Pending,

    /// <summary>Every step was skipped.</summary>
    Skipped,

    /// <summary>The result cannot be told: no steps, missing step results, or an attempt that never finished.</summary>
    Unknown,

    /// <summary>The pickle was compiled but not executed in this run (e.g. filtered out).</summary>
    NotRun,
}
