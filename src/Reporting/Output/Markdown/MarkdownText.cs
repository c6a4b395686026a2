using System.Text.RegularExpressions;

namespace Cdp.TicketE2E.Reporting.Output.Markdown;

/// <summary>Makes text from features, errors and the catalog inert in Markdown: no HTML, no links, no table breaks.</summary>
internal static partial class MarkdownText
{
    /// <summary>
    /// Inline text: Markdown punctuation backslash-escaped first, then &amp; &lt; &gt; encoded (only those, because chat
    /// tools such as Slack show other entities literally), line breaks flattened.
    /// </summary>
    public static string Inline(string? text)
    {
        var escaped = MarkdownPunctuation().Replace(Flatten(text ?? ""), @"\$0");
        return escaped.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
    }

    private static string Flatten(string text) => LineBreaks().Replace(text, " ").Trim();

    [GeneratedRegex(@"[\\`*_\[\]|#~]")]
    private static partial Regex MarkdownPunctuation();

    [GeneratedRegex(@"\s*[\r\n]+\s*")]
    private static partial Regex LineBreaks();
}
