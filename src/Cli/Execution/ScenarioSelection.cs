using System.Text.RegularExpressions;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>
/// Turns --tag / --req / --name into an NUnit selection expression (passed as NUnit.Where, which,
/// unlike dotnet test --filter, has no trouble with spaces in names).
/// </summary>
internal sealed record ScenarioSelection(IReadOnlyList<string> Tags, IReadOnlyList<string> Requirements, string? Name, string? Where)
{
    /// <summary>True when nothing narrows the run: the full suite.</summary>
    public bool IsEverything => Tags.Count == 0 && Requirements.Count == 0 && Name is null && Where is null;

    /// <summary>The NUnit where-expression; scenarios must match every given kind (any of its values).</summary>
    public string ToNUnitWhere()
    {
        var clauses = new List<string>();
        if (Tags.Count > 0) clauses.Add(AnyOf(Tags.Select(t => $"cat == {Quote(t.TrimStart('@'))}")));
        if (Requirements.Count > 0) clauses.Add(AnyOf(Requirements.Select(r => $"cat == {Quote("req:" + r)}")));
        if (Name is not null) clauses.Add($"name =~ {Quote("(?i)" + Regex.Escape(Name))}");
        if (Where is not null) clauses.Add($"({Where})");
        return string.Join(" && ", clauses);
    }

    /// <summary>
    /// Whether a scenario is selected, the way NUnit will judge the expression: every given kind must match, a kind by any
    /// of its values; tags and requirements exactly, the name as a case-insensitive part. Null when <see cref="Where"/> is
    /// set, which only NUnit can evaluate.
    /// </summary>
    public bool? Matches(string displayName, IReadOnlyList<string> tags)
    {
        if (Where is not null) return null;
        var categories = tags.Select(t => t.TrimStart('@')).ToHashSet(StringComparer.Ordinal);
        return (Tags.Count == 0 || Tags.Any(t => categories.Contains(t.TrimStart('@'))))
               && (Requirements.Count == 0 || Requirements.Any(r => categories.Contains("req:" + r)))
               && (Name is null || displayName.Contains(Name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The options as the user gave them, for messages.</summary>
    public string AsOptions() => string.Join(' ', Tags.Select(t => $"--tag {t}").Concat(Requirements.Select(r => $"--req {r}"))
        .Concat(Name is null ? [] : [$"--name \"{Name}\""]).Concat(Where is null ? [] : [$"--where \"{Where}\""]));

    /// <summary>How the run describes its selection in reports ("" for everything).</summary>
    public string Describe() => IsEverything ? "" : ToNUnitWhere();

    private static string AnyOf(IEnumerable<string> clauses) => "(" + string.Join(" || ", clauses) + ")";

    // NUnit's selection language takes single-quoted strings with backslash escapes.
    internal static string Quote(string value) => "'" + value.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
}
