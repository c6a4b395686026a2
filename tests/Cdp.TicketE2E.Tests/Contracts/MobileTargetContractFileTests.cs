using Cdp.TicketE2E.Contracts.Mobile;
using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Drivers.Mobile.Appium;
using Cdp.TicketE2E.Steps.Drivers.Mobile.Locators;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Contracts;

/// <summary>The committed contracts/mobile-target.json against the MobileElement enum, column by column.</summary>
public sealed class MobileTargetContractFileTests
{
    private static readonly MobileTargetContract Contract = MobileTargetContract.Load(MobileContractFiles.RealContract);

    private static IEnumerable<MobilePlatform> Platforms() => Enum.GetValues<MobilePlatform>();

    [TestCaseSource(nameof(Platforms))]
    public void Every_MobileElement_has_a_locator_in_the_platform_column(MobilePlatform platform)
    {
        var column = LocatorMap.ColumnName(platform);
        var entries = Contract.Elements.ToDictionary(e => e.Name);

        var missing = Enum.GetValues<MobileElement>()
            .Where(e => !entries.TryGetValue(LocatorMap.ContractName(e), out var entry) || !entry.Locators.ContainsKey(column))
            .Select(e => $"MobileElement.{e} (\"{LocatorMap.ContractName(e)}\")");

        missing.Should().BeEmpty($"the {column} column of contracts/mobile-target.json (MobilePlatform.{platform}) must locate every MobileElement");
    }

    [Test]
    public void The_file_has_no_element_the_enum_lacks()
    {
        var known = Enum.GetValues<MobileElement>().Select(LocatorMap.ContractName);

        Contract.Elements.Select(e => e.Name).Should().OnlyContain(name => known.Contains(name),
            "every entry of contracts/mobile-target.json must be a MobileElement in camelCase");
        Contract.Elements.Should().OnlyContain(e => e.Purpose.Length > 0, "the app teams read what each element is for");
    }

    [TestCaseSource(nameof(Platforms))]
    public void The_shipped_map_of_the_platform_loads_and_finds_every_element(MobilePlatform platform)
    {
        var map = LocatorMap.For(platform);

        map.Platform.Should().Be(platform);
        Enum.GetValues<MobileElement>().Should().OnlyContain(e => map[e] != null);
        LocatorMap.For(platform).Should().BeSameAs(map, "each platform's map is read once per process");
    }

    [Test]
    public void The_locators_are_the_reference_test_ids_Android_resource_ids_and_iOS_accessibility_ids()
    {
        var (reference, android, ios) = (LocatorMap.For(MobilePlatform.ReferenceWeb), LocatorMap.For(MobilePlatform.Android), LocatorMap.For(MobilePlatform.Ios));

        Same(reference[MobileElement.AddTicket], OpenQA.Selenium.By.CssSelector("[data-testid='ticket-add']"));
        Same(reference[MobileElement.TicketSummaryBusy], OpenQA.Selenium.By.CssSelector("[data-testid='ticket-summary'][aria-busy='true']"));
        Same(android[MobileElement.AddTicket], AppiumBy.AndroidResourceId("ticket-add"));
        Same(ios[MobileElement.AddTicket], AppiumBy.AccessibilityId("ticket-add"));
        Same(android[MobileElement.TicketOptionsScrim], AppiumBy.AccessibilityId("Dismiss"));
        Same(ios[MobileElement.TicketOptionsScrim], AppiumBy.AccessibilityId("Dismiss"));
    }

    private static void Same(OpenQA.Selenium.By actual, OpenQA.Selenium.By expected) =>
        (actual.Mechanism, actual.Criteria).Should().Be((expected.Mechanism, expected.Criteria));
}
