using System.Text.RegularExpressions;

namespace Cdp.TicketE2E.Configuration;

/// <summary>
/// Which configuration values are secrets, and how they are shown: a key whose name ends in what it holds (Password,
/// ApiToken, ClientSecret, accessKey, api_key…) is masked whole; a URL's password (https://user:pw@host) is masked in
/// any key. Secrets come only from the environment: a file that sets one is refused.
/// </summary>
public static partial class SecretValues
{
    /// <summary>What a masked value prints as.</summary>
    public const string Mask = "****** (set, masked)";

    // The last word of the key's last segment names what the value is; "SandboxTokens" (a list of sandbox keywords)
    // ends in "tokens", not "token", so it stays readable.
    private static readonly HashSet<string> SecretWords = new(StringComparer.OrdinalIgnoreCase)
        { "password", "passwd", "pwd", "token", "secret", "credential", "credentials", "accesskey", "apikey", "privatekey", "passphrase" };

    private static readonly HashSet<string> SecretPairs = new(StringComparer.OrdinalIgnoreCase)
        { "access key", "api key", "private key", "secret key", "auth key", "client secret" };

    /// <summary>True when the key names a secret, e.g. <c>E2E:Mobile:Capabilities:browserstack.accessKey</c>.</summary>
    public static bool IsSecretKey(string key)
    {
        var words = Words().Matches(key.Split(':')[^1]).Select(m => m.Value).ToList();
        return words.Count > 0 && (SecretWords.Contains(words[^1]) || (words.Count > 1 && SecretPairs.Contains($"{words[^2]} {words[^1]}")));
    }

    /// <summary>True when the value is a URL carrying a password.</summary>
    public static bool HasUrlPassword(string value) => UrlPassword().IsMatch(value);

    /// <summary>The value as it may be printed: empty stays empty (it says "not set"), a secret is masked.</summary>
    public static string Shown(string key, string value) =>
        value.Length == 0 ? value : IsSecretKey(key) ? Mask : UrlPassword().Replace(value, "${head}******@");

    [GeneratedRegex("[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    [GeneratedRegex(@"(?<head>[a-z][a-z0-9+.-]*://[^/:@\s]*:)[^@/\s]+@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPassword();
}
