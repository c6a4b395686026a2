using System.Text.Json;

namespace Cdp.TicketE2E.Contracts.Document;

/// <summary>The web half of the document, read straight from contracts/web-target.json (the web drivers own its typed reading).</summary>
internal sealed class WebSection(JsonElement root, string source)
{
    public const string FileName = "web-target.json";

    public static WebSection Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"The web target contract {path} does not exist.", path);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return new WebSection(document.RootElement.Clone(), path);
        }
        catch (JsonException e)
        {
            throw new TargetContractException(path, [$"it is not valid JSON ({e.Message}): fix that in the file"]);
        }
    }

    public void Write(Markdown page)
    {
        var attribute = Text(root, "testIdAttribute");
        var (customerPage, session) = (Object(root, "customerPage"), Object(root, "session"));
        page.Heading(2, "Web: the CDP customer page")
            .Paragraph(Text(root, "$comment"))
            .Line($"- **Test id attribute**: {Markdown.Code(attribute)}; an element's test id is this attribute's value.")
            .Line($"- **Customer page**: {Markdown.Code(Text(customerPage, "path"))}. {Text(customerPage, "purpose")}")
            .Line($"- **Session**: {Text(session, "storage")} key {Markdown.Code(Text(session, "key"))}. {Text(session, "purpose")}")
            .Line();
        page.Heading(3, "Elements").Table(["element", "found by", "purpose"], Elements(Object(root, "elements"), attribute));
        page.Heading(3, "Texts").Table(["text", "pattern", "purpose"],
            Entries(Object(root, "texts")).Select(t => Row(Markdown.Code(t.Name), Markdown.Code(Text(t.Value, "pattern")), Text(t.Value, "purpose"))));
        page.Heading(3, "Requests the harness watches").Table(["request", "method and path", "purpose"],
            Entries(Object(root, "requests")).Select(r =>
                Row(Markdown.Code(r.Name), Markdown.Code($"{Text(r.Value, "method")} {Text(r.Value, "path")}"), Text(r.Value, "purpose"))));
        var form = Object(root, "embeddedForm");
        page.Heading(3, "The embedded form (CRM's, inside the frame)")
            .Paragraph(Text(form, "$comment"))
            .Table(["element", "found by", "purpose"], Elements(Object(form, "elements"), attribute));
    }

    private IEnumerable<IReadOnlyList<string>> Elements(JsonElement elements, string attribute) =>
        Entries(elements).Select(e => Row(Markdown.Code(e.Name), FoundBy(e, attribute), Text(e.Value, "purpose")));

    // The contract allows a test id, or an ARIA role and accessible name where an app prefers.
    private string FoundBy(JsonProperty element, string attribute) =>
        element.Value.TryGetProperty("testId", out var testId)
            ? Markdown.Code($"{attribute}=\"{testId.GetString()}\"")
            : $"role {Markdown.Code(Text(element.Value, "role"))}, name {Markdown.Code(Text(element.Value, "name"))}";

    private static IEnumerable<JsonProperty> Entries(JsonElement obj) => obj.EnumerateObject().Where(p => !p.Name.StartsWith('$'));

    private static string[] Row(params string[] cells) => cells;

    private JsonElement Object(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : throw Missing(name, "an object");

    private string Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Missing(name, "a string");

    private TargetContractException Missing(string name, string kind) =>
        new(source, [$"\"{name}\" must be {kind} for the document to describe it: add it"]);
}
