using System.Text.RegularExpressions;
using CucumberExpressions;
using CucumberExpressions.Parsing;

namespace Cdp.TicketE2E.Runner.Bindings;

/// <summary>One captured argument of a step match: its text (quotes removed for {string}) and where it was in the step.</summary>
public sealed record StepArgument(string? Value, int Start, string ParameterTypeName);

/// <summary>
/// A step definition's pattern: a Cucumber Expression, or a regular expression when the text
/// is anchored with ^ or $ (Reqnroll's rule). Matching yields the top-level captures.
/// </summary>
public sealed class StepExpression
{
    private static readonly ParameterTypes Types = new();
    private readonly TreeRegexp treeRegexp;
    private readonly IReadOnlyList<string> parameterTypeNames;

    /// <summary>Parses the expression; throws <see cref="FormatException"/> naming the expression when it is invalid.</summary>
    public StepExpression(string source)
    {
        Source = source;
        IsRegularExpression = source.StartsWith('^') || source.EndsWith('$');
        try
        {
            if (IsRegularExpression)
            {
                // Anchored at both ends, as Reqnroll does: a regex must match the whole step, not a part of it.
                treeRegexp = new TreeRegexp(new Regex($"^(?:{source})$", RegexOptions.CultureInvariant));
                parameterTypeNames = [];
            }
            else
            {
                var expression = new CucumberExpression(source, Types);
                treeRegexp = new TreeRegexp(expression.Regex);
                parameterTypeNames = expression.ParameterTypes.Select(p => p.Name).ToList();
            }
        }
        catch (Exception e) when (e is ArgumentException or CucumberExpressionException)
        {
            throw new FormatException($"The step expression \"{source}\" is not valid: {e.Message}", e);
        }
    }

    /// <summary>The expression as written in the attribute.</summary>
    public string Source { get; }

    /// <summary>True for a regular expression, false for a Cucumber Expression.</summary>
    public bool IsRegularExpression { get; }

    /// <summary>The arguments when the whole step text matches, otherwise null.</summary>
    public IReadOnlyList<StepArgument>? Match(string stepText)
    {
        var root = treeRegexp.Match(stepText);
        if (root is null) return null;
        return root.Children.Select((group, i) =>
        {
            var typeName = i < parameterTypeNames.Count ? parameterTypeNames[i] : "";
            var value = typeName == "string" ? Unquote(group.Value) : group.Value;
            return new StepArgument(value, group.Start, typeName);
        }).ToList();
    }

    private static string? Unquote(string? quoted)
    {
        if (quoted is null || quoted.Length < 2) return quoted;
        var quote = quoted[0];
        return quoted[1..^1].Replace("\\" + quote, quote.ToString(), StringComparison.Ordinal);
    }
}
