using Cdp.TicketE2E.Runner.Messages;

namespace Cdp.TicketE2E.Runner.Execution;

/// <summary>How a test run identifies itself, where it reports, and what it retries.</summary>
public sealed record TestRunOptions
{
    /// <summary>Receives every Cucumber Message of the run.</summary>
    public required IMessageSink Sink { get; init; }

    /// <summary>Where evidence files are written (under evidence/); attachment urls are relative to it.</summary>
    public required string ReportsDirectory { get; init; }

    /// <summary>Unique id of this run; shards of one nightly run each have their own.</summary>
    public string RunId { get; init; } = Guid.NewGuid().ToString();

    /// <summary>The commit under test, recorded so reports refuse to mix commits.</summary>
    public string Commit { get; init; } = "unknown";

    /// <summary>The name of the system under test (e.g. "embedded", "staging").</summary>
    public string Target { get; init; } = "embedded";

    /// <summary>The selection that produced this run ("" for everything), recorded for the report.</summary>
    public string Selection { get; init; } = "";

    /// <summary>How many times a failed scenario is tried again; a later pass makes it FLAKY.</summary>
    public int Retries { get; init; }

    /// <summary>A step still running after this long fails with a timeout.</summary>
    public TimeSpan StepTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Objects the host provides to every binding (settings, for example), by type.</summary>
    public IReadOnlyDictionary<Type, object> Services { get; init; } = new Dictionary<Type, object>();
}
