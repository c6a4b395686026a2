namespace Cdp.TicketE2E.Reporting.Gate;

/// <summary>What the stream must agree with to be judged at all: the checkout's commit, the target asked about, and the test host's own counts.</summary>
/// <param name="Commit">The checkout's commit; results of another commit are stale. Null skips the check.</param>
/// <param name="Target">The target the verdict is about (e.g. <c>vue</c>); a run of another target is rejected. Null skips the check.</param>
/// <param name="Host">What the test host counted (its printed summary); a stream that disagrees missed something. Null skips the check.</param>
public sealed record RunExpectations(string? Commit = null, string? Target = null, HostCounts? Host = null)
{
    /// <summary>No expectation: the stream is judged on its own.</summary>
    public static RunExpectations None { get; } = new();
}

/// <summary>The test host's outcome counts (from its run summary): the tests it saw pass and fail.</summary>
public sealed record HostCounts(int Passed, int Failed);
