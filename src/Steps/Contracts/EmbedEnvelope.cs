using System.Text.Json;

namespace Cdp.TicketE2E.Steps.Contracts;

/// <summary>One embed message as it travels through postMessage: <c>{ type, version, payload }</c>.</summary>
/// <param name="Type">The message type, such as TICKET_CREATED.</param>
/// <param name="Version">The contract version the message claims; null leaves the field out.</param>
/// <param name="Payload">The payload's fields; a value may deliberately have the wrong type (malformed messages).</param>
public sealed record EmbedEnvelope(string Type, string? Version, IReadOnlyDictionary<string, object?> Payload)
{
    /// <summary>The envelope as JSON, the shape postMessage carries.</summary>
    public string ToJson() => Version is null
        ? JsonSerializer.Serialize(new { type = Type, payload = Payload })
        : JsonSerializer.Serialize(new { type = Type, version = Version, payload = Payload });

    /// <summary>The same message with one payload field removed.</summary>
    public EmbedEnvelope Without(string field) =>
        this with { Payload = Payload.Where(p => p.Key != field).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) };

    /// <summary>The same message with one payload field set to a value (possibly of the wrong type).</summary>
    public EmbedEnvelope With(string field, object? value) =>
        this with { Payload = new Dictionary<string, object?>(Payload, StringComparer.Ordinal) { [field] = value } };
}
