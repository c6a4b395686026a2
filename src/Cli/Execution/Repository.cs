namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>Where the harness's checkout is, and which commit it is at.</summary>
internal static class Repository
{
    /// <summary>The folder holding Cdp.TicketE2E.sln, found from the CLI's own location or the working folder.</summary>
    public static string Root { get; } = Find(AppContext.BaseDirectory) ?? Find(Environment.CurrentDirectory)
        ?? throw new DirectoryNotFoundException("Run ./e2e from a checkout of the harness: no Cdp.TicketE2E.sln was found above this folder.");

    /// <summary>The suite's test assembly (built by ./e2e before it runs).</summary>
    public static string SuiteAssembly(string configuration) =>
        Path.Combine(Root, "src", "Steps", "bin", configuration, "net10.0", "Cdp.TicketE2E.Steps.dll");

    /// <summary>The harness's own test project.</summary>
    public static string TestsProject => Path.Combine(Root, "tests", "Cdp.TicketE2E.Tests", "Cdp.TicketE2E.Tests.csproj");

    /// <summary>HEAD's commit id, or "unknown" outside git; a dirty tree is marked so reports do not pass it off as the commit.</summary>
    public static string Commit()
    {
        var head = Processes.Capture("git", ["-C", Root, "rev-parse", "HEAD"]);
        if (head is null) return "unknown";
        var dirty = Processes.Capture("git", ["-C", Root, "status", "--porcelain", "--untracked-files=no"]);
        return string.IsNullOrWhiteSpace(dirty) ? head : head + "-dirty";
    }

    private static string? Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "Cdp.TicketE2E.sln"))) return directory.FullName;
        return null;
    }
}
