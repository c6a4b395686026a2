using System.Text.Json;

namespace Cdp.TicketE2E.Steps.Contracts;

/// <summary>One message of the embed contract: who sends it and its payload fields.</summary>
public sealed record EmbedMessageSpec(string Type, string From, IReadOnlyList<EmbedFieldSpec> Fields)
{
    /// <summary>The name of the payload field with this meaning (e.g. "ticketId").</summary>
    public string Field(string meaning) => Fields.FirstOrDefault(f => f.Meaning == meaning)?.Name
        ?? throw ContractFile.Invalid("contracts/embed-messages.json", $"{Type} has no payload field meaning \"{meaning}\".");

    /// <summary>What is wrong with a payload by the contract's field rules, in words; empty when it is valid.</summary>
    public IReadOnlyList<string> ProblemsWith(JsonElement payload) =>
        Fields.Select(f => f.ProblemWith(payload)).OfType<string>().ToList();

    internal static EmbedMessageSpec Read(string type, JsonElement message)
    {
        var where = $"{type} in contracts/embed-messages.json";
        var from = ContractFile.RequiredText(message, "from", where);
        if (from is not ("host" or "form")) throw ContractFile.Invalid(where, $"\"from\" is \"{from}\"; allowed: host, form.");
        var fields = message.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Object
            ? payload.EnumerateObject().Select(f => EmbedFieldSpec.Read(f.Name, f.Value, where)).ToList()
            : throw ContractFile.Invalid(where, $"has no \"payload\" object (use {{}} for none).");
        return new EmbedMessageSpec(type, from, fields);
    }
}

/// <summary>One payload field: its JSON type, whether it is required, its lower bound, and what it means to the harness.</summary>
public sealed record EmbedFieldSpec(string Name, string Type, bool Required, double? Minimum, string Meaning)
{
    /// <summary>What is wrong with this field of a payload; null when it is fine.</summary>
    public string? ProblemWith(JsonElement payload)
    {
        if (!payload.TryGetProperty(Name, out var value)) return Required ? $"{Name} is missing" : null;
        return Type switch
        {
            "string" when value.ValueKind != JsonValueKind.String => $"{Name} is not a string",
            "string" when Required && value.GetString()!.Length == 0 => $"{Name} is empty",
            "number" when value.ValueKind != JsonValueKind.Number => $"{Name} is not a number",
            "number" when Minimum is { } min && value.GetDouble() < min => $"{Name} is below {min}",
            _ => null,
        };
    }

    internal static EmbedFieldSpec Read(string name, JsonElement field, string where)
    {
        var type = ContractFile.RequiredText(field, "type", $"{where}, field {name}");
        if (type is not ("string" or "number")) throw ContractFile.Invalid(where, $"field {name}: type \"{type}\"; allowed: string, number.");
        var required = field.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
        double? minimum = field.TryGetProperty("minimum", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetDouble() : null;
        return new EmbedFieldSpec(name, type, required, minimum, ContractFile.RequiredText(field, "meaning", $"{where}, field {name}"));
    }
}
