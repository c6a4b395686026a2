namespace Cdp.TicketE2E.Tests.Grid;

/// <summary>
/// Processes as Linux's /proc lists them: a process's descendants (taken while they still are, since a child whose parent
/// dies is handed to init), and which of a set still runs. Enough to prove a stopped grid left nothing behind.
/// </summary>
internal static class ProcessTree
{
    /// <summary>A running process: its id and command name (java, node, chromedriver, chromium...).</summary>
    public sealed record Entry(int Id, int ParentId, string Name);

    /// <summary><paramref name="root"/> and every process below it, now.</summary>
    public static IReadOnlyList<Entry> WithDescendants(int root)
    {
        var all = Running();
        var tree = all.Where(p => p.Id == root).ToList();
        for (var i = 0; i < tree.Count; i++) tree.AddRange(all.Where(p => p.ParentId == tree[i].Id));
        return tree;
    }

    /// <summary>The entries whose process still runs under the same name (a reused id of another program does not count).</summary>
    public static IReadOnlyList<Entry> StillRunning(IEnumerable<Entry> entries)
    {
        var running = Running().ToDictionary(p => p.Id);
        return entries.Where(e => running.TryGetValue(e.Id, out var now) && now.Name == e.Name).ToList();
    }

    private static List<Entry> Running()
    {
        var entries = new List<Entry>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var id)) continue;
            try
            {
                // /proc/<id>/stat: "id (name) state parentId ..."; the name may hold spaces or parentheses, so split at the last ')'.
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var close = stat.LastIndexOf(')');
                var name = stat[(stat.IndexOf('(') + 1)..close];
                var fields = stat[(close + 2)..].Split(' ');
                if (fields[0] != "Z") entries.Add(new Entry(id, int.Parse(fields[1]), name)); // a zombie has already ended
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // It ended while being read.
            }
        }
        return entries;
    }
}
