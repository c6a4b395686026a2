using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Runner.Bindings;

/// <summary>A step's data table: the first row is the header, the others are rows keyed by it.</summary>
public sealed class DataTable
{
    /// <summary>Builds a table from raw rows (first row = header).</summary>
    public DataTable(IReadOnlyList<IReadOnlyList<string>> cells)
    {
        if (cells.Count == 0) throw new ArgumentException("A data table needs at least a header row.", nameof(cells));
        Header = cells[0];
        Rows = cells.Skip(1)
            .Select(row => (IReadOnlyDictionary<string, string>)Header.Zip(row).ToDictionary(p => p.First, p => p.Second))
            .ToList();
        Cells = cells;
    }

    internal static DataTable From(PickleTable table) =>
        new(table.Rows.Select(r => (IReadOnlyList<string>)r.Cells.Select(c => c.Value).ToList()).ToList());

    /// <summary>The header row's cells.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The body rows, each keyed by the header.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; }

    /// <summary>Every row including the header, as written.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cells { get; }
}
