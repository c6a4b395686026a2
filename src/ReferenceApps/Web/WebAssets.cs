using System.Collections.Frozen;

namespace Cdp.TicketE2E.ReferenceApps.Web;

/// <summary>The page's files (Web/Assets/*), read once from the assembly's embedded resources.</summary>
internal static class WebAssets
{
    private const string ResourceMarker = ".Web.Assets.";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Immutable after load: a cache, not shared mutable state.
    private static readonly FrozenDictionary<string, string> Files = LoadAll();

    /// <summary>A script or stylesheet the page loads from <c>/assets/</c>, or <c>null</c> when there is none.</summary>
    /// <remarks>Templates (*.html) are not served raw: they only make sense with the config injected.</remarks>
    public static string? ServedText(string fileName) =>
        Path.GetExtension(fileName) is ".js" or ".css" ? Files.GetValueOrDefault(fileName) : null;

    /// <summary>The text of an asset the host cannot work without.</summary>
    public static string RequiredText(string fileName) => Files.GetValueOrDefault(fileName)
        ?? throw new InvalidOperationException(
            $"Web/Assets/{fileName} is not embedded in Cdp.TicketE2E.ReferenceApps; check the EmbeddedResource glob in its csproj.");

    /// <summary>contracts/embed-messages.json, the one embed message contract the page validates against.</summary>
    public static string EmbedContractJson => Files.GetValueOrDefault("embed-messages.json")
        ?? throw new InvalidOperationException("contracts/embed-messages.json is not embedded in Cdp.TicketE2E.ReferenceApps; check its csproj.");

    /// <summary>The Content-Type to serve a file name with.</summary>
    public static string ContentType(string fileName) =>
        ContentTypes.GetValueOrDefault(Path.GetExtension(fileName), "application/octet-stream");

    private static FrozenDictionary<string, string> LoadAll()
    {
        var assembly = typeof(WebAssets).Assembly;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var at = name.IndexOf(ResourceMarker, StringComparison.Ordinal);
            if (at < 0)
                continue;
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            files[name[(at + ResourceMarker.Length)..]] = reader.ReadToEnd();
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
