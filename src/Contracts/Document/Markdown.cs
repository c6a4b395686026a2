using System.Text;

namespace Cdp.TicketE2E.Contracts.Document;

/// <summary>A Markdown text built line by line, always with '\n' so the generated file is the same on every OS.</summary>
internal sealed class Markdown
{
    private readonly StringBuilder text = new();

    public Markdown Line(string line = "")
    {
        text.Append(line).Append('\n');
        return this;
    }

    public Markdown Paragraph(string paragraph) => Line(paragraph).Line();

    public Markdown Heading(int level, string title) => Line(new string('#', level) + " " + title).Line();

    /// <summary>A table; cells are escaped, so a value holding '|' (a regular expression) stays in its cell.</summary>
    public Markdown Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        Row(header);
        Row([.. header.Select(_ => "---")]);
        foreach (var row in rows) Row(row);
        return Line();
    }

    /// <summary>An inline code span, with a longer fence when the value holds a backtick.</summary>
    public static string Code(string value) => value.Contains('`') ? $"`` {value} ``" : $"`{value}`";

    // The file ends with exactly one newline.
    public override string ToString() => text.ToString().TrimEnd('\n') + "\n";

    private void Row(IReadOnlyList<string> cells) => Line("| " + string.Join(" | ", cells.Select(Cell)) + " |");

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
