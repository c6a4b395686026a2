using System.Text.Json;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>One embed message as it travels through postMessage: <c>{ type, version, payload }</c>.</summary>
/// <param name="Type">The message type, such as TICKET_CREATED.</param>
/// <param name="Payload">The payload's fields; a value may deliberately have the wrong type (malformed messages).</param>
public sealed record EmbedEnvelope(string Type, IReadOnlyDictionary<string, object?> Payload)
{
    /// <summary>The contract version the message claims.</summary>
    public string Version { get; init; } = EmbedContract.Version;

    /// <summary>The envelope as JSON, the shape postMessage carries.</summary>
    public string ToJson() => JsonSerializer.Serialize(new { type = Type, version = Version, payload = Payload });
}
