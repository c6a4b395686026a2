using Cdp.TicketE2E.Configuration;
using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>
/// Launch options for Chromium on this machine kind: the system's headless shell when headless, else the system binary,
/// or Playwright's own where installed.
/// </summary>
internal static class BrowserLauncher
{
    public static BrowserTypeLaunchOptions Options(BrowserSettings settings, string? managedBrowsersRoot = null) => new()
    {
        ExecutablePath = ExecutablePath(settings, managedBrowsersRoot ?? ManagedBrowsersRoot()),
        Headless = settings.Headless,
        ChromiumSandbox = false,
        Args = ChromiumFlags.ClosedNetwork,
    };

    private static string? ExecutablePath(BrowserSettings settings, string managedBrowsersRoot)
    {
        // File.Exists is false for an empty path, which is how a setting is left unused.
        if (settings.Headless && File.Exists(settings.HeadlessShellPath)) return settings.HeadlessShellPath;
        if (File.Exists(settings.ExecutablePath)) return settings.ExecutablePath;
        if (Directory.Exists(managedBrowsersRoot) && Directory.EnumerateDirectories(managedBrowsersRoot, "chromium*").Any()) return null;
        var shell = settings.Headless ? $" nor a headless shell at '{settings.HeadlessShellPath}'" : "";
        throw new BrowserMissingException(
            $"No Chromium at '{settings.ExecutablePath}'{shell} and no Playwright-managed browser. " +
            "Install Debian's packages: apt-get install chromium chromium-driver chromium-headless-shell (./e2e does this itself when run as root), " +
            "or point E2E__Browser__ExecutablePath at a Chromium binary.");
    }

    private static string ManagedBrowsersRoot() =>
        Environment.GetEnvironmentVariable("PLAYWRIGHT_BROWSERS_PATH") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "ms-playwright");
}

/// <summary>No browser can be launched; the message says what to install or configure.</summary>
public sealed class BrowserMissingException(string message) : Exception(message);
