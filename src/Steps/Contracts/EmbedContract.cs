using Cdp.TicketE2E.Contracts;
using System.Text.Json;

namespace Cdp.TicketE2E.Steps.Contracts;

/// <summary>
/// The embed message contract, read from contracts/embed-messages.json (OQ-contract: provisional). The message names are
/// the steps' vocabulary; the version and every payload field come from the file, found by their meaning, so when CRM
/// freezes the contract the file changes and no step does.
/// </summary>
public sealed class EmbedContract
{
    public const string EmbedInit = "EMBED_INIT";
    public const string TicketCreated = "TICKET_CREATED";
    public const string EmbedClose = "EMBED_CLOSE";
    public const string TicketCreateError = "TICKET_CREATE_ERROR";
    public const string EmbedResize = "EMBED_RESIZE";

    private const string FileName = "embed-messages.json";
    private readonly IReadOnlyDictionary<string, EmbedMessageSpec> messages;

    private EmbedContract(string version, IReadOnlyDictionary<string, EmbedMessageSpec> messages)
    {
        Version = version;
        this.messages = messages;
        var missing = new[] { EmbedInit, TicketCreated, EmbedClose, TicketCreateError, EmbedResize }.Where(t => !messages.ContainsKey(t)).ToList();
        if (missing.Count > 0)
            throw new TargetContractException($"contracts/{FileName}", [$"lacks {string.Join(", ", missing)}, which the steps speak of. Add them, or rename the steps with the contract."]);
    }

    /// <summary>The contract version every message carries.</summary>
    public string Version { get; }

    /// <summary>The messages the form may send the host.</summary>
    public IReadOnlyList<string> FormMessages => messages.Where(m => m.Value.From == "form").Select(m => m.Key).ToList();

    /// <summary>Reads contracts/embed-messages.json (from <paramref name="directory"/>, by default next to the suite).</summary>
    public static EmbedContract Load(string? directory = null)
    {
        using var json = ContractFile.Read(FileName, directory);
        var root = json.RootElement;
        if (!root.TryGetProperty("messages", out var list) || list.ValueKind != JsonValueKind.Object)
            throw new TargetContractException($"contracts/{FileName}", [$"has no \"messages\" object."]);
        var specs = list.EnumerateObject().ToDictionary(m => m.Name, m => EmbedMessageSpec.Read(m.Name, m.Value), StringComparer.Ordinal);
        return new EmbedContract(ContractFile.RequiredText(root, "version", $"contracts/{FileName}"), specs);
    }

    /// <summary>The spec of a message type.</summary>
    public EmbedMessageSpec Message(string type) => messages.TryGetValue(type, out var spec) ? spec
        : throw new ArgumentException($"'{type}' is not a message of the embed contract. Its messages: {string.Join(", ", messages.Keys)}.", nameof(type));

    public EmbedEnvelope TicketCreatedFor(string ticketId, string title) => Envelope(TicketCreated, ("ticketId", ticketId), ("title", title));

    public EmbedEnvelope Close() => Envelope(EmbedClose);

    public EmbedEnvelope CreateError(string message) => Envelope(TicketCreateError, ("errorCode", "CREATE_FAILED"), ("errorMessage", message));

    public EmbedEnvelope Resize(int height) => Envelope(EmbedResize, ("height", height));

    /// <summary>A well-formed message the form may send, with a payload that would have a visible effect if accepted.</summary>
    public EmbedEnvelope WellFormed(string type) => type switch
    {
        TicketCreated => TicketCreatedFor("T-FOREIGN", "Injected by another origin"),
        EmbedClose => Close(),
        TicketCreateError => CreateError("Injected by another origin"),
        EmbedResize => Resize(777),
        _ => throw new ArgumentException($"'{type}' is not a message the form sends. The contract's form messages: {string.Join(", ", FormMessages)}.", nameof(type)),
    };

    /// <summary>What is wrong with an observed EMBED_INIT for this customer, in words; empty when it is right.</summary>
    public IReadOnlyList<string> ProblemsWithInit(JsonElement message, string customerId)
    {
        if (message.ValueKind != JsonValueKind.Object) return ["it is not a { type, version, payload } envelope"];
        var problems = new List<string>();
        var version = message.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (version != Version) problems.Add($"its version is {version ?? "missing"}, not {Version}");
        if (!message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
            return [.. problems, "it has no payload object"];
        problems.AddRange(Message(EmbedInit).ProblemsWith(payload));
        var field = Message(EmbedInit).Field("customerId");
        var sent = payload.TryGetProperty(field, out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        if (sent is not null && sent != customerId) problems.Add($"its {field} is \"{sent}\", not \"{customerId}\"");
        return problems;
    }

    /// <summary>A message of <paramref name="type"/> whose payload is built from values by meaning.</summary>
    public EmbedEnvelope Envelope(string type, params (string Meaning, object? Value)[] values)
    {
        var spec = Message(type);
        return new EmbedEnvelope(type, Version, values.ToDictionary(v => spec.Field(v.Meaning), v => v.Value, StringComparer.Ordinal));
    }
}
