namespace Cdp.TicketE2E.Specs.Catalog;

/// <summary>One reason the catalog file is unusable.</summary>
/// <param name="Path">The catalog file.</param>
/// <param name="Line">1-based line of the offending entry or value.</param>
/// <param name="Subject">What it is about: <c>requirement #3 (WEB-02)</c>, or <c>top level</c>.</param>
/// <param name="Problem">What is wrong.</param>
/// <param name="Fix">What to do about it.</param>
public sealed record CatalogProblem(string Path, long Line, string Subject, string Problem, string Fix)
{
    /// <summary><c>file:line: subject: problem. Fix: fix.</c></summary>
    public override string ToString() => $"{Path}:{Line}: {Subject}: {Problem}. Fix: {Fix}.";
}

/// <summary>Collects the problems of one catalog file.</summary>
internal sealed class CatalogProblems(string path)
{
    private readonly List<CatalogProblem> problems = [];

    public int Count => problems.Count;

    public IReadOnlyList<CatalogProblem> All => problems;

    public void Add(long line, string subject, string problem, string fix) =>
        problems.Add(new CatalogProblem(path, line, subject, problem, fix));
}
