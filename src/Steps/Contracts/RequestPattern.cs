using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cdp.TicketE2E.Steps.Contracts;

/// <summary>A request the harness watches in the browser: its method and path, with <c>{placeholders}</c>.</summary>
public sealed record RequestPattern(string Name, string Method, string Path)
{
    /// <summary>True when the request is this one; a placeholder given a value must match it, the others match any segment.</summary>
    public bool Matches(string method, string url, IReadOnlyDictionary<string, string>? values = null)
    {
        if (!method.Equals(Method, StringComparison.OrdinalIgnoreCase) || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return false;
        var pattern = Regex.Replace(Regex.Escape(Path), @"\\\{(\w+)}", m =>
            values is not null && values.TryGetValue(m.Groups[1].Value, out var value) ? Regex.Escape(Uri.EscapeDataString(value)) : "[^/]+");
        // The API may live under a path prefix (a gateway), so the pattern is matched at the end of the path.
        return Regex.IsMatch(uri.AbsolutePath, pattern + "$");
    }

    public override string ToString() => $"{Method} {Path}";

    internal static RequestPattern Read(string name, JsonElement entry, string where) => new(name,
        ContractFile.RequiredText(entry, "method", $"{where} request {name}"),
        ContractFile.RequiredText(entry, "path", $"{where} request {name}"));
}
