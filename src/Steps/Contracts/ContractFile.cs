using System.Text.Json;
using Cdp.TicketE2E.Contracts;

namespace Cdp.TicketE2E.Steps.Contracts;

/// <summary>Reads a file of contracts/ (copied next to the suite by the build) as JSON, failing with the cause and the fix.</summary>
public static class ContractFile
{
    /// <summary>The folder the build copies contracts/*.json to.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "contracts");

    /// <summary>Parses contracts/<paramref name="fileName"/>.</summary>
    /// <exception cref="TargetContractException">The file is missing or is not JSON.</exception>
    public static JsonDocument Read(string fileName, string? directory = null)
    {
        var path = Path.Combine(directory ?? Directory, fileName);
        if (!File.Exists(path))
            throw new TargetContractException(path, ["the file is missing. The build copies contracts/" + fileName + " next to the suite; rebuild (./e2e does)."]);
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new TargetContractException($"contracts/{fileName}", [$"it is not valid JSON (line {e.LineNumber + 1}): {e.Message}"]);
        }
    }

    /// <summary>A string property the contract must have.</summary>
    public static string RequiredText(JsonElement element, string name, string where) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw Invalid(where, $"no \"{name}\" (a non-empty string).");

    /// <summary>A contract that cannot be used: <paramref name="where"/> names the file (and entry), the problem says what is wrong.</summary>
    public static TargetContractException Invalid(string where, string problem) => new(where, [problem]);
}
