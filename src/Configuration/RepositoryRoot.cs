namespace Cdp.TicketE2E.Configuration;

/// <summary>Finds the repository root (the folder holding Cdp.TicketE2E.sln) from a build output folder.</summary>
public static class RepositoryRoot
{
    /// <summary>The nearest ancestor of <paramref name="start"/> holding the solution file.</summary>
    public static string Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "Cdp.TicketE2E.sln")))
                return directory.FullName;
        throw new DirectoryNotFoundException(
            $"No Cdp.TicketE2E.sln above {start}. Run from a checkout of the harness, or set E2E__Paths__Features and E2E__Paths__Reports.");
    }
}
