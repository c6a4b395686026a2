using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Cdp.TicketE2E.Steps.Drivers;
using Cdp.TicketE2E.Steps.Drivers.Mobile.Appium;

namespace Cdp.TicketE2E.Tests.Grid;

/// <summary>
/// A Selenium Grid 4 on loopback, laid out as a grid is deployed: a hub, a node for Debian's Chromium and a relay node that
/// hands Appium requests to a project-local Appium server, each its own process on free ports, configured by the node files
/// in grid/ that docs/selenium-grid.md shows. Ready means each node said the hub added it; stopping kills every tree.
/// </summary>
internal sealed class LoopbackGrid : IDisposable
{
    private const string Epoch = "1970-01-01T00:00:00Z";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private readonly List<IDisposable> processes = [];
    private readonly List<int> processIds = [];
    private readonly string folder = Directory.CreateTempSubdirectory("e2e-grid-").FullName;

    /// <summary>The hub: what <c>--grid</c> names.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>The Chromium node's address, as the hub lists it.</summary>
    public string ChromiumNode { get; private set; } = "";

    /// <summary>The Appium relay node's address, as the hub lists it.</summary>
    public string RelayNode { get; private set; } = "";

    /// <summary>The log of the Appium server behind the relay node.</summary>
    public string AppiumLog { get; private set; } = "";

    public static async Task<LoopbackGrid> StartAsync(string jar, string repositoryRoot)
    {
        var grid = new LoopbackGrid();
        try
        {
            await grid.StartAllAsync(jar, repositoryRoot);
            return grid;
        }
        catch
        {
            grid.Dispose();
            throw;
        }
    }

    private async Task StartAllAsync(string jar, string root)
    {
        var (hub, publish, subscribe) = (LoopbackPort.Free(), LoopbackPort.Free(), LoopbackPort.Free());
        Url = new Uri($"http://127.0.0.1:{hub}/");
        string[] eventBus = ["--publish-events", $"tcp://127.0.0.1:{publish}", "--subscribe-events", $"tcp://127.0.0.1:{subscribe}"];
        await JavaAsync("hub", jar, ["hub", "--host", "127.0.0.1", "--port", $"{hub}", .. eventBus], "Started Selenium Hub");
        var appium = await AppiumProcess.StartAsync(AppiumInstall.Locate("", root), StartTimeout);
        processes.Add(appium);
        processIds.Add(appium.ProcessId);
        AppiumLog = appium.LogPath;
        var nodes = Path.Combine(root, "grid");
        ChromiumNode = await NodeAsync(jar, eventBus, File.ReadAllText(Path.Combine(nodes, "chromium-node.toml")));
        // The relay file names Appium's default address; this grid's Appium runs on a free port.
        RelayNode = await NodeAsync(jar, eventBus, File.ReadAllText(Path.Combine(nodes, "appium-relay-node.toml"))
            .Replace("http://127.0.0.1:4723", appium.Endpoint.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal));
    }

    private async Task<string> NodeAsync(string jar, string[] eventBus, string config)
    {
        var port = LoopbackPort.Free();
        var configPath = Path.Combine(folder, $"node-{port}.toml");
        await File.WriteAllTextAsync(configPath, config);
        await JavaAsync($"node on port {port}", jar,
            ["node", "--host", "127.0.0.1", "--port", $"{port}", "--hub", Url.ToString(), .. eventBus, "--config", configPath], "Node has been added");
        return $"http://127.0.0.1:{port}";
    }

    private async Task JavaAsync(string name, string jar, string[] arguments, string readyLine)
    {
        var info = new ProcessStartInfo("java") { WorkingDirectory = folder };
        foreach (var argument in new[] { "-jar", jar }.Concat(arguments)) info.ArgumentList.Add(argument);
        var server = await ServerProcess.StartAsync($"Selenium Grid {name}", info, line => line.Contains(readyLine, StringComparison.Ordinal),
            StartTimeout, "Run scripts/ensure-grid.sh (Java 17+, the jar package.json pins, Chromium and chromedriver).");
        processes.Add(server);
        processIds.Add(server.ProcessId);
    }

    /// <summary>The nodes with a slot that ever started a session, by the hub's own /status.</summary>
    public async Task<IReadOnlyList<string>> NodesThatStartedSessionsAsync() =>
        (await NodesAsync()).Where(node => node.Slots.Any(slot => slot.GetProperty("lastStarted").GetString() != Epoch)).Select(node => node.Uri).ToList();

    /// <summary>The sessions the grid holds open now.</summary>
    public async Task<int> OpenSessionsAsync() =>
        (await NodesAsync()).Sum(node => node.Slots.Count(slot => slot.GetProperty("session").ValueKind != JsonValueKind.Null));

    private async Task<IReadOnlyList<(string Uri, IReadOnlyList<JsonElement> Slots)>> NodesAsync()
    {
        using var http = new HttpClient();
        var status = await http.GetFromJsonAsync<JsonElement>(new Uri(Url, "status"));
        return status.GetProperty("value").GetProperty("nodes").EnumerateArray()
            .Select(node => (node.GetProperty("uri").GetString()!, (IReadOnlyList<JsonElement>)node.GetProperty("slots").EnumerateArray().ToList())).ToList();
    }

    /// <summary>Stops every process of the grid and returns what ran just before: the hub, the nodes, Appium and all they started.</summary>
    public IReadOnlyList<ProcessTree.Entry> Stop()
    {
        var running = processIds.SelectMany(ProcessTree.WithDescendants).ToList();
        Dispose();
        foreach (var entry in ProcessTree.StillRunning(running)) WaitForExit(entry.Id);
        return running;
    }

    // A process killed with its tree may need a moment to go; waiting on its exit is the condition, not a fixed delay.
    private static void WaitForExit(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
    }

    /// <summary>Kills the grid's processes and their children, last started first.</summary>
    public void Dispose()
    {
        foreach (var process in Enumerable.Reverse(processes)) process.Dispose();
        processes.Clear();
    }
}
