using System.Text.Json;

namespace Cdp.TicketE2E.Steps.Contracts;

/// <summary>Reads a file of contracts/ (copied next to the suite by the build) as JSON, failing with the cause and the fix.</summary>
public static class ContractFile
{
    /// <summary>The folder the build copies contracts/*.json to.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "contracts");

    /// <summary>Parses contracts/<paramref name="fileName"/>.</summary>
    /// <exception cref="ContractException">The file is missing or is not JSON.</exception>
    public static JsonDocument Read(string fileName, string? directory = null)
    {
        var path = Path.Combine(directory ?? Directory, fileName);
        if (!File.Exists(path))
            throw new ContractException($"{path} is missing. The build copies contracts/{fileName} next to the suite; rebuild (./e2e does).");
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new ContractException($"contracts/{fileName} is not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }
    }

    /// <summary>A string property the contract must have.</summary>
    public static string RequiredText(JsonElement element, string name, string where) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new ContractException($"{where} has no \"{name}\" (a non-empty string).");
}

/// <summary>A contract file cannot be used; the message names the file, the entry and what is wrong.</summary>
public sealed class ContractException(string message, Exception? inner = null) : Exception(message, inner);
