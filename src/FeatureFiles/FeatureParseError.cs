namespace Cdp.TicketE2E.FeatureFiles;

/// <summary>A feature file that did not parse: where, and what the Gherkin parser said.</summary>
public sealed record FeatureParseError(string Uri, long Line, long Column, string Message)
{
    /// <summary>Space-free key in the same form as a scenario's: <c>web/broken.feature:7</c>.</summary>
    public string Key => $"{Uri}:{Line}";

    /// <summary>"file:line:column: message", the form editors and CI annotate.</summary>
    public override string ToString() => $"{Uri}:{Line}:{Column}: {Message}";
}
