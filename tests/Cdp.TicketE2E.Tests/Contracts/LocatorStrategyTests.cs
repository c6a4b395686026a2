using Cdp.TicketE2E.Contracts.Mobile;
using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Drivers.Mobile.Appium;
using Cdp.TicketE2E.Steps.Drivers.Mobile.Locators;
using FluentAssertions;
using NUnit.Framework;
using OpenQA.Selenium;
using static Cdp.TicketE2E.Tests.Contracts.MobileContractFiles;

namespace Cdp.TicketE2E.Tests.Contracts;

/// <summary>Each strategy the contract accepts, read from the file, becomes the Selenium locator Appium expects.</summary>
public sealed class LocatorStrategyTests
{
    // The strategy, a value, the locator the AppiumBy shim (or Selenium) builds for it, and the wire mechanism Appium receives.
    private static IEnumerable<TestCaseData> Strategies()
    {
        yield return Case(LocatorStrategy.Css, "[data-testid='notice']", By.CssSelector, "css selector");
        yield return Case(LocatorStrategy.Xpath, "//*[@resource-id='notice']", By.XPath, "xpath");
        yield return Case(LocatorStrategy.Id, "notice", AppiumBy.Id, "id");
        yield return Case(LocatorStrategy.AccessibilityId, "notice", AppiumBy.AccessibilityId, "accessibility id");
        yield return Case(LocatorStrategy.AndroidResourceId, "notice", AppiumBy.AndroidResourceId, "-android uiautomator");
        yield return Case(LocatorStrategy.AndroidUiAutomator, "new UiSelector().text(\"Create New\")", AppiumBy.AndroidUIAutomator, "-android uiautomator");
        yield return Case(LocatorStrategy.IosClassChain, "**/XCUIElementTypeButton[`name == \"notice\"`]", AppiumBy.IosClassChain, "-ios class chain");
        yield return Case(LocatorStrategy.FlutterKey, "notice", AppiumBy.FlutterKey, "-flutter key");
    }

    private static TestCaseData Case(LocatorStrategy strategy, string value, Func<string, By> expected, string mechanism) =>
        new TestCaseData(strategy, value, expected, mechanism).SetArgDisplayNames(LocatorStrategies.Name(strategy));

    [TestCaseSource(nameof(Strategies))]
    public void A_locator_read_from_the_file_becomes_the_AppiumBy_of_its_strategy(LocatorStrategy strategy, string value, Func<string, By> expected, string mechanism)
    {
        using var files = new MobileContractFiles();
        var contract = Valid();
        Element(contract, MobileElement.Notice)["android"] = Locator(LocatorStrategies.Name(strategy), value);

        var by = LocatorMap.FromFile(files.Write(contract), MobilePlatform.Android)[MobileElement.Notice];

        by.Mechanism.Should().Be(expected(value).Mechanism).And.Be(mechanism);
        by.Criteria.Should().Be(expected(value).Criteria);
    }

    [Test]
    public void The_android_resource_id_is_sent_as_a_UiSelector_on_the_unprefixed_id()
    {
        new ContractLocator(LocatorStrategy.AndroidResourceId, "ticket-add").ToBy().Criteria
            .Should().Be("new UiSelector().resourceId(\"ticket-add\")");
    }

    [Test]
    public void Every_strategy_of_the_contract_has_a_case_here()
    {
        Strategies().Select(c => (LocatorStrategy)c.Arguments[0]!).Should().BeEquivalentTo(Enum.GetValues<LocatorStrategy>());
        LocatorStrategies.AllNames.Should().Be("css, xpath, id, accessibilityId, androidResourceId, androidUiAutomator, iosClassChain, flutterKey");
    }
}
