namespace Cdp.TicketE2E.Contracts;

/// <summary>A contract file that cannot be used as it is: every problem found, each naming its place and its fix.</summary>
public sealed class TargetContractException(string source, IReadOnlyList<string> problems)
    : Exception($"{source} is not a usable target contract:{string.Concat(problems.Select(p => "\n- " + p))}")
{
    /// <summary>The file (or other text) the problems are in.</summary>
    public string ContractSource { get; } = source;

    /// <summary>One line per problem.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
