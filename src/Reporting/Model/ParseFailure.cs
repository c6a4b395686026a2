namespace Cdp.TicketE2E.Reporting.Model;

/// <summary>A feature file that did not parse, so none of its scenarios exist in the run.</summary>
/// <param name="Uri">The feature file.</param>
/// <param name="Line">Where the parser stopped, when known.</param>
/// <param name="Column">The column, when known.</param>
/// <param name="Message">The parser's message.</param>
public sealed record ParseFailure(string Uri, long? Line, long? Column, string Message)
{
    /// <summary><c>uri:line:column</c> as far as known.</summary>
    public string Location => Uri + (Line is null ? "" : $":{Line}") + (Column is null ? "" : $":{Column}");
}
