using System.Collections.Frozen;

namespace Cdp.TicketE2E.ReferenceApps.Mobile;

/// <summary>The app's files (Mobile/Assets/*), read once from the assembly's embedded resources.</summary>
internal static class MobileAssets
{
    private const string ResourceMarker = ".Mobile.Assets.";

    // Immutable after load: a cache, not shared mutable state.
    private static readonly FrozenDictionary<string, string> Files = LoadAll();

    /// <summary>A script or stylesheet the app loads from <c>/assets/</c>; null for anything else (the HTML is a template).</summary>
    public static string? ServedText(string fileName) =>
        Path.GetExtension(fileName) is ".js" or ".css" ? Files.GetValueOrDefault(fileName) : null;

    /// <summary>The text of an asset the host cannot work without.</summary>
    public static string RequiredText(string fileName) => Files.GetValueOrDefault(fileName)
        ?? throw new InvalidOperationException(
            $"Mobile/Assets/{fileName} is not embedded in Cdp.TicketE2E.ReferenceApps; check the EmbeddedResource glob in its csproj.");

    /// <summary>The Content-Type to serve a file name with.</summary>
    public static string ContentType(string fileName) => Path.GetExtension(fileName) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        _ => "text/html; charset=utf-8",
    };

    private static FrozenDictionary<string, string> LoadAll()
    {
        var assembly = typeof(MobileAssets).Assembly;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var at = name.IndexOf(ResourceMarker, StringComparison.Ordinal);
            if (at < 0) continue;
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            files[name[(at + ResourceMarker.Length)..]] = reader.ReadToEnd();
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
