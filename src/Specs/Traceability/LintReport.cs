using System.Text;

namespace Cdp.TicketE2E.Specs.Traceability;

/// <summary>The result of one traceability lint: every finding, ordered by file and line.</summary>
public sealed class LintReport
{
    /// <summary>Creates a report; findings are de-duplicated and ordered by location, then kind.</summary>
    public LintReport(IEnumerable<LintFinding> findings, int requirementsChecked, int scenariosChecked)
    {
        Findings = findings.Distinct()
            .OrderBy(f => f.Location.File, StringComparer.Ordinal).ThenBy(f => f.Location.Line).ThenBy(f => f.Kind)
            .ThenBy(f => f.Subject, StringComparer.Ordinal)
            .ToList();
        RequirementsChecked = requirementsChecked;
        ScenariosChecked = scenariosChecked;
    }

    /// <summary>Every finding; empty when the chain requirement → scenario → binding is whole.</summary>
    public IReadOnlyList<LintFinding> Findings { get; }

    /// <summary>How many catalog entries were checked.</summary>
    public int RequirementsChecked { get; }

    /// <summary>How many scenarios (pickles) were checked.</summary>
    public int ScenariosChecked { get; }

    /// <summary>True when there is nothing to fix.</summary>
    public bool IsClean => Findings.Count == 0;

    /// <summary>The findings of one kind.</summary>
    public IReadOnlyList<LintFinding> OfKind(LintFindingKind kind) => Findings.Where(f => f.Kind == kind).ToList();

    /// <summary>A summary line followed by one line per finding; what <c>./e2e lint</c> prints.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append($"Traceability lint: {RequirementsChecked} requirements, {ScenariosChecked} scenarios, ");
        text.Append(IsClean ? "no findings." : $"{Findings.Count} finding{(Findings.Count == 1 ? "" : "s")}:");
        foreach (var finding in Findings) text.AppendLine().Append("  ").Append(finding);
        return text.ToString();
    }
}
