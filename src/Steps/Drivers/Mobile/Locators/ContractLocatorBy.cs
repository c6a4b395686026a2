using Cdp.TicketE2E.Contracts.Mobile;
using Cdp.TicketE2E.Steps.Drivers.Mobile.Appium;
using OpenQA.Selenium;

namespace Cdp.TicketE2E.Steps.Drivers.Mobile.Locators;

/// <summary>Turns a contract locator into the Selenium <see cref="By"/> Appium receives.</summary>
internal static class ContractLocatorBy
{
    public static By ToBy(this ContractLocator locator) => locator.Strategy switch
    {
        LocatorStrategy.Css => By.CssSelector(locator.Value),
        LocatorStrategy.Xpath => By.XPath(locator.Value),
        LocatorStrategy.Id => AppiumBy.Id(locator.Value),
        LocatorStrategy.AccessibilityId => AppiumBy.AccessibilityId(locator.Value),
        LocatorStrategy.AndroidResourceId => AppiumBy.AndroidResourceId(locator.Value),
        LocatorStrategy.AndroidUiAutomator => AppiumBy.AndroidUIAutomator(locator.Value),
        LocatorStrategy.IosClassChain => AppiumBy.IosClassChain(locator.Value),
        LocatorStrategy.FlutterKey => AppiumBy.FlutterKey(locator.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(locator), locator.Strategy, "A strategy the contract reader accepts has no Selenium locator here."),
    };
}
