namespace Cdp.TicketE2E.Specs.Catalog;

/// <summary>
/// The catalog file is unusable. <see cref="Problems"/> lists every problem found (not just the
/// first), each naming file, line, requirement and fix; the message lists them one per line.
/// </summary>
public sealed class CatalogLoadException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/> with its problems.</summary>
    public CatalogLoadException(string path, IReadOnlyList<CatalogProblem> problems)
        : base($"The requirements catalog '{path}' is invalid ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):"
               + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
    {
        Path = path;
        Problems = problems;
    }

    /// <summary>The catalog file.</summary>
    public string Path { get; }

    /// <summary>Each problem, with its location and fix.</summary>
    public IReadOnlyList<CatalogProblem> Problems { get; }
}
