using System.Globalization;
using System.Net;

namespace Cdp.TicketE2E.Reporting.Output.Html;

/// <summary>Encoding helpers: every text that comes from features, errors, the catalog or the stream goes through here.</summary>
internal static class Html
{
    /// <summary>Text or attribute value, HTML-encoded (quotes included).</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>
    /// An evidence URL fit for href/src: a relative path (resolved against the reports folder, where coverage.html
    /// lives) or http(s). Anything else (javascript:, data:, file:) is refused, so a hostile stream cannot run script.
    /// </summary>
    public static string? SafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Any(char.IsControl)) return null;
        var trimmed = url.Trim();
        if (trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return trimmed;
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith('\\')) return null;
        // A colon before the first path separator is a scheme (javascript:, data:, file:…): not a relative path.
        var colon = trimmed.IndexOf(':');
        var separator = trimmed.IndexOfAny(['/', '?', '#']);
        return colon >= 0 && (separator < 0 || colon < separator) ? null : trimmed;
    }

    /// <summary>A duration as people read it: 850 ms, 2.3 s, 1 min 12 s.</summary>
    public static string Duration(TimeSpan duration) =>
        duration.TotalSeconds < 1 ? $"{duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms"
        : duration.TotalMinutes < 1 ? $"{duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s"
        : $"{(int)duration.TotalMinutes} min {duration.Seconds} s";

    /// <summary>A number with one decimal, invariant culture.</summary>
    public static string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A time in UTC, to the second.</summary>
    public static string Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) ?? "—";
}
