using System.Reflection;
using System.Text.Json;

namespace Cdp.TicketE2E.Fakes.Embed;

/// <summary>
/// Composes the create-ticket embed page from its embedded parts: the HTML shell, the message contract
/// constants and the form script, with the instance's options injected as a JSON config block.
/// </summary>
internal static class EmbedPage
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public static string Render(FakeCrmOptions options)
    {
        // The default encoder escapes '<', '>' and '&', so the JSON cannot close the <script> block it sits in.
        var config = JsonSerializer.Serialize(new { allowedHostOrigins = options.AllowedHostOrigins }, WebJson);
        return Resource("create-ticket.html")
            .Replace("{{CONFIG_JSON}}", config, StringComparison.Ordinal)
            .Replace("{{CONTRACT_JS}}", Resource("embed-contract.js"), StringComparison.Ordinal)
            .Replace("{{EMBED_JS}}", Resource("create-ticket.js"), StringComparison.Ordinal);
    }

    private static string Resource(string fileName)
    {
        var assembly = typeof(EmbedPage).Assembly;
        var name = assembly.GetManifestResourceNames()
            .SingleOrDefault(n => n.EndsWith(".Embed." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException(
                $"Embedded resource Embed/{fileName} is missing from {assembly.GetName().Name}; " +
                "check the EmbeddedResource glob in Cdp.TicketE2E.Fakes.csproj.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
