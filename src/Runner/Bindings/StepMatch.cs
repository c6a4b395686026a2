namespace Cdp.TicketE2E.Runner.Bindings;

/// <summary>What binding a step's text found: exactly one, none, or several.</summary>
public enum StepMatchKind { Matched, Undefined, Ambiguous }

/// <summary>The result of looking a step up among the bindings.</summary>
public sealed record StepMatch(StepMatchKind Kind, IReadOnlyList<(StepBinding Definition, IReadOnlyList<StepArgument> Arguments)> Candidates)
{
    /// <summary>The single matching binding; only valid when <see cref="Kind"/> is Matched.</summary>
    public StepBinding Definition => Candidates.Single().Definition;

    /// <summary>The arguments captured by the single matching binding.</summary>
    public IReadOnlyList<StepArgument> Arguments => Candidates.Single().Arguments;

    /// <summary>A message that names every binding an ambiguous step matched.</summary>
    public string DescribeAmbiguity(string stepText) =>
        $"The step \"{stepText}\" matches {Candidates.Count} bindings; keep one, or make their expressions distinct:" +
        string.Concat(Candidates.Select(c => Environment.NewLine + "  - " + c.Definition));
}
