using Cdp.TicketE2E.Steps.Drivers;
using Cdp.TicketE2E.Configuration;

namespace Cdp.TicketE2E.Steps.Drivers.Mobile.Appium;

/// <summary>
/// The capabilities of a new session, from configuration: the platform's base set, then <c>E2E:Mobile:Capabilities</c>
/// over it (a device run adds <c>appium:app</c>, <c>appium:udid</c>... there; see docs/real-device.md).
/// </summary>
public static class MobileCapabilities
{
    // Appium starts Chromium as root in a container-like sandbox: no setuid sandbox, small /dev/shm.
    private static readonly string[] ChromiumArguments = ["--no-sandbox", "--disable-dev-shm-usage", .. ChromiumFlags.ClosedNetwork];

    /// <summary>The options for the configured platform.</summary>
    /// <exception cref="AppiumUnavailableException">The reference platform's chromedriver or Chromium is missing.</exception>
    public static AppiumOptions For(HarnessSettings settings)
    {
        var mobile = settings.Mobile;
        var options = mobile.Platform switch
        {
            MobilePlatform.ReferenceWeb => ReferenceWeb(mobile, settings.Browser),
            MobilePlatform.Android => Native("Android", "UiAutomator2"),
            MobilePlatform.Ios => Native("iOS", "XCUITest"),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), mobile.Platform, "Unknown mobile platform."),
        };
        foreach (var (name, value) in mobile.Capabilities) options.With(name, value);
        return options;
    }

    private static AppiumOptions Native(string platformName, string automationName)
    {
        var options = new AppiumOptions { PlatformName = platformName };
        return options.With("appium:automationName", automationName).With("appium:newCommandTimeout", 120);
    }

    // Appium's Chromium driver wants platformName "linux" and finds chromedriver through appium:executable.
    private static AppiumOptions ReferenceWeb(MobileSettings mobile, BrowserSettings browser)
    {
        Require(mobile.ChromedriverExecutable, "chromedriver", "E2E__Mobile__ChromedriverExecutable");
        Require(browser.ExecutablePath, "Chromium", "E2E__Browser__ExecutablePath");
        var options = new AppiumOptions { PlatformName = "linux" };
        var arguments = browser.Headless ? ChromiumArguments.Prepend("--headless=new") : ChromiumArguments;
        return options
            .With("appium:automationName", "Chromium")
            .With("appium:executable", mobile.ChromedriverExecutable)
            .With("appium:autodownloadEnabled", false)
            // The driver's default chromedriver port is 9515 for every session: parallel sessions would kill each other's.
            .With("appium:chromedriverPort", LoopbackPort.Free())
            .With("goog:chromeOptions", new Dictionary<string, object>
            {
                ["binary"] = browser.ExecutablePath,
                ["args"] = arguments.ToArray(),
                ["mobileEmulation"] = new Dictionary<string, object>
                {
                    ["deviceMetrics"] = new Dictionary<string, object>
                    {
                        ["width"] = mobile.DeviceWidth, ["height"] = mobile.DeviceHeight, ["pixelRatio"] = mobile.DevicePixelRatio, ["touch"] = true,
                    },
                },
            });
    }

    private static void Require(string path, string what, string setting)
    {
        if (!File.Exists(path))
            throw new AppiumUnavailableException(
                $"No {what} at '{path}'. Install Debian's packages: apt-get install chromium chromium-driver (./e2e does this as root), or set {setting}.");
    }
}
