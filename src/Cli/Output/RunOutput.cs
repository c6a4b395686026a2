namespace Cdp.TicketE2E.Cli.Output;

/// <summary>What ./e2e run shows on the console; run.log in the reports folder keeps everything in every mode.</summary>
internal enum RunOutput
{
    /// <summary>The default: progress (a live line on a terminal, plain lines elsewhere), the failures, the summary table, the verdict.</summary>
    Progress,

    /// <summary>--quiet: the failures and the verdict only.</summary>
    Quiet,

    /// <summary>--verbose: the test host's own output as it comes (per-test lines, steps, errors), then the summary and the verdict.</summary>
    Verbose,
}
