using System.Text.Json.Serialization;
using System.Text;

namespace Cdp.TicketE2E.Configuration;

/// <summary>
/// A Selenium Grid 4 that serves the run's browsers and Appium sessions (<c>./e2e run --grid URL</c>, docs/selenium-grid.md).
/// Empty: the harness launches Chromium and starts Appium on this machine. A grid URL may carry credentials
/// (<c>https://user:key@grid.example.com/</c>); they are sent as basic authentication and never shown.
/// </summary>
public sealed record GridSettings
{
    private const string AllowedForm =
        "allowed: empty (browsers and Appium start on this machine) or the http(s) URL of a Selenium Grid 4 hub or router, such as http://127.0.0.1:4444";

    /// <summary>The grid's hub or router, e.g. <c>http://127.0.0.1:4444</c>.</summary>
    public string Url { get; init; } = "";

    /// <summary>True when sessions come from the grid.</summary>
    // Derived from Url, not settings of their own: ./e2e config (which serializes the settings) leaves them out.
    [JsonIgnore]
    public bool IsUsed => Url.Length > 0;

    /// <summary>The grid's base URL with a trailing slash (so <c>status</c> and <c>session</c> resolve under its path), credentials included.</summary>
    [JsonIgnore]
    public Uri Endpoint => Parse() ?? throw new SettingsException(Problem());

    /// <summary>The URL as it may be shown: credentials replaced by <c>***</c>.</summary>
    [JsonIgnore]
    public string Display => MaskedRaw();

    /// <summary>The <c>Authorization</c> header value for the credentials in the URL, or null when it has none.</summary>
    [JsonIgnore]
    public string? BasicAuthorization =>
        Parse() is { UserInfo.Length: > 0 } url
            ? "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(url.UserInfo)))
            : null;

    /// <summary>A message from a client library with the grid's credentials taken out, so it can be shown.</summary>
    public string Scrub(string message) =>
        Parse() is { UserInfo.Length: > 0 } url ? message.Replace(url.UserInfo, "***", StringComparison.Ordinal) : message;

    /// <summary>Fails fast, naming the key and the allowed form.</summary>
    public void Validate()
    {
        if (IsUsed && Parse() is null) throw new SettingsException(Problem());
    }

    private string Problem() => $"E2E:Grid:Url (--grid) is '{Display}'; {AllowedForm}.";

    private Uri? Parse() =>
        Uri.TryCreate(Url.EndsWith('/') ? Url : Url + "/", UriKind.Absolute, out var url)
        && url.Scheme is "http" or "https" && url.Host.Length > 0 && url.Query.Length == 0 && url.Fragment.Length == 0
            ? url
            : null;

    // As given, so messages show what the user typed; a value that does not even parse may still hold a password before an '@'.
    private string MaskedRaw() => Url.LastIndexOf('@') is var at and > 0 && Url.IndexOf("//", StringComparison.Ordinal) is var slashes and >= 0 && slashes < at
        ? Url[..(slashes + 2)] + "***" + Url[at..]
        : Url;
}
