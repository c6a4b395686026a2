using Cdp.TicketE2E.Contracts;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Contracts;

/// <summary>
/// What a CDP web build exposes for the harness (contracts/web-target.json, docs/target-contract.md): how to find each
/// element, the texts it shows, and the requests the harness watches. The web drivers take every selector from here.
/// </summary>
public sealed class WebTargetContract
{
    private const string FileName = "web-target.json";
    private readonly IReadOnlyDictionary<string, WebElementLocator> elements;
    private readonly IReadOnlyDictionary<string, WebElementLocator> formElements;
    private readonly IReadOnlyDictionary<string, RequestPattern> requests;

    private WebTargetContract(string testIdAttribute, string customerPagePath, string sessionKey, Regex createdButNotAssociated, Regex creationUnavailable,
        IReadOnlyDictionary<string, WebElementLocator> elements, IReadOnlyDictionary<string, WebElementLocator> formElements,
        IReadOnlyDictionary<string, RequestPattern> requests)
    {
        TestIdAttribute = testIdAttribute;
        CustomerPagePath = customerPagePath;
        SessionKey = sessionKey;
        CreatedButNotAssociated = createdButNotAssociated;
        CreationUnavailable = creationUnavailable;
        this.elements = elements;
        this.formElements = formElements;
        this.requests = requests;
        RequireAll(elements, typeof(WebElements), "elements");
        RequireAll(formElements, typeof(FormElements), "embeddedForm.elements");
        RequireAll(requests, typeof(WebRequests), "requests");
    }

    /// <summary>The attribute test ids live in (Playwright's GetByTestId reads it).</summary>
    public string TestIdAttribute { get; }

    /// <summary>The customer page's path with <c>{customerId}</c>, for the in-repo targets.</summary>
    public string CustomerPagePath { get; }

    /// <summary>The localStorage key the page reads its API token from.</summary>
    public string SessionKey { get; }

    /// <summary>The text of the notice that a ticket was created but not associated.</summary>
    public Regex CreatedButNotAssociated { get; }

    /// <summary>The text of the notice that ticket creation is unavailable (the form could not sign the user in).</summary>
    public Regex CreationUnavailable { get; }

    /// <summary>Reads contracts/web-target.json (from <paramref name="directory"/>, by default next to the suite).</summary>
    public static WebTargetContract Load(string? directory = null)
    {
        using var json = ContractFile.Read(FileName, directory);
        var root = json.RootElement;
        var where = $"contracts/{FileName}";
        var form = Section(root, "embeddedForm", where);
        return new WebTargetContract(
            ContractFile.RequiredText(root, "testIdAttribute", where),
            ContractFile.RequiredText(Section(root, "customerPage", where), "path", $"{where} customerPage"),
            ContractFile.RequiredText(Section(root, "session", where), "key", $"{where} session"),
            Text(root, "createdButNotAssociated", where),
            Text(root, "creationUnavailable", where),
            Map(Section(root, "elements", where), e => WebElementLocator.Read(e.Name, e.Value, where)),
            Map(Section(form, "elements", where + " embeddedForm"), e => WebElementLocator.Read(e.Name, e.Value, where + " embeddedForm")),
            Map(Section(root, "requests", where), e => RequestPattern.Read(e.Name, e.Value, where)));
    }

    /// <summary>The element of the page (or a part of it) named in <see cref="WebElements"/>.</summary>
    public ILocator Locate(IPage page, string element) => elements[element].In(page);

    /// <summary>The element inside the page element <paramref name="scope"/>.</summary>
    public ILocator Locate(ILocator scope, string element) => elements[element].In(scope);

    /// <summary>An element of CRM's form (<see cref="FormElements"/>) inside the frame.</summary>
    public ILocator Locate(IFrameLocator frame, string element) => formElements[element].In(frame);

    /// <summary>A request the harness watches (<see cref="WebRequests"/>).</summary>
    public RequestPattern Request(string name) => requests[name];

    private static Regex Text(JsonElement root, string name, string where) =>
        new(ContractFile.RequiredText(Section(Section(root, "texts", where), name, where), "pattern", $"{where} texts.{name}"), RegexOptions.IgnoreCase);

    private static JsonElement Section(JsonElement parent, string name, string where) =>
        parent.TryGetProperty(name, out var section) && section.ValueKind == JsonValueKind.Object
            ? section : throw ContractFile.Invalid(where, $"has no \"{name}\" object.");

    private static Dictionary<string, T> Map<T>(JsonElement section, Func<JsonProperty, T> read) =>
        section.EnumerateObject().Where(e => !e.Name.StartsWith('$')).ToDictionary(e => e.Name, read, StringComparer.Ordinal);

    // Every name a driver uses must be in the file; a missing one fails the run at start, not a step halfway.
    private static void RequireAll<T>(IReadOnlyDictionary<string, T> entries, Type names, string section)
    {
        var missing = names.GetFields().Select(f => (string)f.GetRawConstantValue()!).Where(n => !entries.ContainsKey(n)).ToList();
        if (missing.Count > 0)
            throw new TargetContractException($"contracts/{FileName}", [$"{section} lacks {string.Join(", ", missing)}, which the web drivers use."]);
    }
}
