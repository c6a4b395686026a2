namespace Cdp.TicketE2E.Fakes.Embed;

/// <summary>
/// Composes the create-ticket embed page from its embedded parts: the HTML shell, the embed message contract
/// (contracts/embed-messages.json, as data) and the form script.
/// </summary>
internal static class EmbedPage
{
    public static string Render() => Resource(".Embed.create-ticket.html")
        .Replace("{{CONTRACT_JSON}}", ScriptSafe(Resource("contracts.embed-messages.json")), StringComparison.Ordinal)
        .Replace("{{EMBED_JS}}", Resource(".Embed.create-ticket.js"), StringComparison.Ordinal);

    // JSON in a <script> block must not contain "</": it would close the block.
    private static string ScriptSafe(string json) => json.Replace("</", "<\\/", StringComparison.Ordinal);

    private static string Resource(string nameEnd)
    {
        var assembly = typeof(EmbedPage).Assembly;
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith(nameEnd, StringComparison.Ordinal))
            ?? throw new InvalidOperationException(
                $"The embedded resource *{nameEnd} is missing from {assembly.GetName().Name}; check the EmbeddedResource items in Cdp.TicketE2E.Fakes.csproj.");
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
