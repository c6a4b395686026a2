using System.Diagnostics;
using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Contracts;
using Cdp.TicketE2E.Steps.Drivers;

namespace Cdp.TicketE2E.Steps.Targets;

/// <summary>
/// The Vue 3 CDP page (src/CdpWebVue), a separately written implementation: built by scripts/ensure-vue-app.sh when its
/// sources changed, then served by Vite's preview server on a free port, configured only through its environment.
/// </summary>
internal sealed class VueWebApp(ServerProcess server, Uri baseUrl, WebTargetContract contract) : IWebApp
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    public static async Task<IWebApp> StartAsync(HarnessSettings settings, RunningFakeBackends fakes, WebTargetContract contract)
    {
        var root = RepositoryRoot.Find(AppContext.BaseDirectory);
        var app = Path.Combine(root, "src", "CdpWebVue");
        await BuildAsync(root);
        var port = LoopbackPort.Free();
        var info = new ProcessStartInfo("node") { WorkingDirectory = app };
        foreach (var argument in new[] { "node_modules/vite/bin/vite.js", "preview", "--host", "127.0.0.1", "--port", port.ToString(), "--strictPort" })
            info.ArgumentList.Add(argument);
        foreach (var (key, value) in Environment(settings, fakes, contract)) info.Environment[key] = value;
        var baseUrl = new Uri($"http://127.0.0.1:{port}/");
        var server = await ServerProcess.StartAsync("Vue app's preview server", info, line => line.Contains(baseUrl.AbsoluteUri.TrimEnd('/'), StringComparison.Ordinal),
            StartTimeout, "Run scripts/ensure-vue-app.sh to rebuild it, and see src/CdpWebVue/README.md.");
        return new VueWebApp(server, baseUrl, contract);
    }

    public Uri CustomerPage(string customerId) =>
        new(baseUrl, contract.CustomerPagePath.TrimStart('/').Replace("{customerId}", Uri.EscapeDataString(customerId), StringComparison.Ordinal));

    public ValueTask DisposeAsync()
    {
        server.Dispose();
        return ValueTask.CompletedTask;
    }

    // The app's whole configuration (src/CdpWebVue/README.md): the fakes it talks to, the names it reads, its seeded defects.
    private static Dictionary<string, string> Environment(HarnessSettings settings, RunningFakeBackends fakes, WebTargetContract contract) => new()
    {
        ["CDP_API_BASE_URL"] = fakes.CdpApiUrl.AbsoluteUri,
        ["CDP_CRM_EMBED_URL"] = fakes.EmbedUrl.AbsoluteUri,
        ["CDP_EMBED_SOURCE_PARAM"] = settings.Web.EmbedSourceParameter,
        ["CDP_EMBED_SOURCE"] = settings.Web.EmbedSourceValue,
        ["CDP_SANDBOX"] = settings.Web.SandboxTokens,
        ["CDP_RESIZE_MIN"] = settings.Web.ResizeMin.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["CDP_RESIZE_MAX"] = settings.Web.ResizeMax.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["CDP_SESSION_KEY"] = contract.SessionKey,
        ["CDP_CREATE_PERMISSION"] = settings.Web.CreatePermission,
        ["CDP_TICKET_FLAG"] = settings.Web.TicketFlag,
        ["CDP_SERVER_SIDE_ASSOCIATION_FLAG"] = settings.Web.ServerSideAssociationFlag,
        ["CDP_DEFECTS"] = string.Join(',', settings.ReferenceApps.Defects.Where(d => d.Length > 0)),
        // Vite colours its banner; the address must be read as plain text.
        ["NO_COLOR"] = "1",
        ["FORCE_COLOR"] = "0",
    };

    private static async Task BuildAsync(string root)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(root, "scripts", "ensure-vue-app.sh"));
        using var build = Process.Start(info) ?? throw new InvalidOperationException("Could not start bash to build the Vue app.");
        var output = build.StandardOutput.ReadToEndAsync();
        var errors = build.StandardError.ReadToEndAsync();
        await build.WaitForExitAsync();
        if (build.ExitCode != 0)
            throw new InvalidOperationException($"scripts/ensure-vue-app.sh failed (exit {build.ExitCode}):\n{await output}{await errors}");
    }
}
