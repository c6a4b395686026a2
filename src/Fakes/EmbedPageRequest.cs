namespace Cdp.TicketE2E.Fakes;

/// <summary>One request for the create-ticket embed page, as the fake CRM received it.</summary>
/// <param name="Query">The query parameters, decoded; a repeated name keeps its last value.</param>
public sealed record EmbedPageRequest(IReadOnlyDictionary<string, string> Query)
{
    /// <summary>The value of a query parameter, or <c>null</c> when the request did not carry it.</summary>
    public string? Parameter(string name) => Query.GetValueOrDefault(name);

    /// <summary>Reads the parameters from a raw query string (with or without its leading '?').</summary>
    public static EmbedPageRequest FromRawQuery(string? rawQuery)
    {
        var parsed = System.Web.HttpUtility.ParseQueryString(rawQuery?.TrimStart('?') ?? "");
        var query = parsed.AllKeys
            .Where(key => key is not null)
            .ToDictionary(key => key!, key => parsed.GetValues(key)!.Last(), StringComparer.Ordinal);
        return new EmbedPageRequest(query);
    }
}
