using OpenQA.Selenium;

namespace Cdp.TicketE2E.Steps.Drivers.Mobile.Appium;

/// <summary>
/// Appium's locator strategies over Selenium's <see cref="By"/> (Appium.WebDriver is not on our registry). The protected
/// (mechanism, criteria) constructor sends the strategy name unchanged, so Appium receives e.g. <c>accessibility id</c>.
/// The Chromium driver accepts css/xpath only; these are for UiAutomator2, XCUITest and the Flutter integration driver.
/// </summary>
public sealed class AppiumBy : By
{
    private AppiumBy(string mechanism, string criteria) : base(mechanism, criteria)
    {
    }

    /// <summary>iOS accessibilityIdentifier (Flutter <c>Semantics(identifier:)</c>), Android content-desc.</summary>
    public static By AccessibilityId(string id) => new AppiumBy("accessibility id", id);

    /// <summary>A raw <c>id</c> lookup (Selenium's own <c>By.Id</c> is rewritten to css, which native drivers reject).</summary>
    public static new By Id(string id) => new AppiumBy("id", id);

    /// <summary>A UiAutomator selector, e.g. <c>new UiSelector().resourceId("ticket-add")</c>.</summary>
    public static By AndroidUIAutomator(string selector) => new AppiumBy("-android uiautomator", selector);

    /// <summary>Android resource-id as Flutter sets it from <c>Semantics(identifier:)</c>: unprefixed, so the <c>id</c> strategy (which adds the package) misses it.</summary>
    public static By AndroidResourceId(string id) => AndroidUIAutomator($"new UiSelector().resourceId(\"{id}\")");

    /// <summary>An iOS class chain query.</summary>
    public static By IosClassChain(string chain) => new AppiumBy("-ios class chain", chain);

    /// <summary>A Flutter <c>Key</c>, found by the Flutter integration driver only.</summary>
    public static By FlutterKey(string key) => new AppiumBy("-flutter key", key);
}
