using System.Text.Json;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>
/// The harness's reading of the provisional embed message contract (OQ-contract): version, types and payload fields,
/// the same as the embed-contract.js both reference apps carry (a test keeps the version in step). When CRM freezes
/// the contract, this file changes and no step does.
/// </summary>
public static class EmbedContract
{
    public const string Version = "0.1";
    public const string EmbedInit = "EMBED_INIT";
    public const string TicketCreated = "TICKET_CREATED";
    public const string EmbedClose = "EMBED_CLOSE";
    public const string TicketCreateError = "TICKET_CREATE_ERROR";
    public const string EmbedResize = "EMBED_RESIZE";

    /// <summary>The EMBED_INIT payload field carrying the customer's id.</summary>
    public const string CustomerIdField = "qontakCustomerId";

    /// <summary>The messages the form may send the page.</summary>
    public static IReadOnlyList<string> FormMessages { get; } = [TicketCreated, EmbedClose, TicketCreateError, EmbedResize];

    public static EmbedEnvelope TicketCreatedFor(string ticketId, string title) => new(TicketCreated, Fields(("ticketId", ticketId), ("title", title)));

    public static EmbedEnvelope Close() => new(EmbedClose, Fields());

    public static EmbedEnvelope CreateError(string message) => new(TicketCreateError, Fields(("code", "CREATE_FAILED"), ("message", message)));

    public static EmbedEnvelope Resize(int height) => new(EmbedResize, Fields(("height", height)));

    /// <summary>A well-formed message of a form message type, with a payload that would have a visible effect if accepted.</summary>
    public static EmbedEnvelope WellFormed(string type) => type switch
    {
        TicketCreated => TicketCreatedFor("T-FOREIGN", "Injected by another origin"),
        EmbedClose => Close(),
        TicketCreateError => CreateError("Injected by another origin"),
        EmbedResize => Resize(777),
        _ => throw new ArgumentException($"'{type}' is not a message the form sends. The contract's form messages: {string.Join(", ", FormMessages)}.", nameof(type)),
    };

    /// <summary>What is wrong with an observed EMBED_INIT for this customer, in words; empty when it is right.</summary>
    public static IReadOnlyList<string> ProblemsWithInit(JsonElement message, string customerId)
    {
        var problems = new List<string>();
        if (message.ValueKind != JsonValueKind.Object) return ["it is not a { type, version, payload } envelope"];
        if (Text(message, "version") != Version) problems.Add($"its version is {Text(message, "version") ?? "missing"}, not {Version}");
        if (!message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
            return [.. problems, "it has no payload object"];
        var sentId = Text(payload, CustomerIdField);
        if (sentId != customerId) problems.Add($"its {CustomerIdField} is {(sentId is null ? "missing" : $"\"{sentId}\"")}, not \"{customerId}\"");
        return problems;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Dictionary<string, object?> Fields(params (string Name, object? Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
