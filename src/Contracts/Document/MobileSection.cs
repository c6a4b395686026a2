using System.Collections.Frozen;
using Cdp.TicketE2E.Contracts.Mobile;

namespace Cdp.TicketE2E.Contracts.Document;

/// <summary>The mobile half of the document: the locator table, the strategies, and how Flutter identifiers map to them.</summary>
internal static class MobileSection
{
    private static readonly FrozenDictionary<string, string> ColumnTitles = new Dictionary<string, string>
    {
        ["referenceWeb"] = "reference app",
        ["android"] = "Android",
        ["ios"] = "iOS",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<LocatorStrategy, string> StrategyMeanings = new Dictionary<LocatorStrategy, string>
    {
        [LocatorStrategy.Css] = "a CSS selector: the reference app in Chromium (Appium's Chromium driver takes css and xpath only)",
        [LocatorStrategy.Xpath] = "an XPath query over the page or the native view hierarchy",
        [LocatorStrategy.Id] = "Appium's `id`: on Android the resource-id with the app's package prefixed, so it misses Flutter's unprefixed identifiers",
        [LocatorStrategy.AccessibilityId] = "Appium's `accessibility id`: the iOS accessibilityIdentifier, or a semantics label (Android content-desc)",
        [LocatorStrategy.AndroidResourceId] = "the Android resource-id exactly as given, through `new UiSelector().resourceId(\"…\")`",
        [LocatorStrategy.AndroidUiAutomator] = "any UiAutomator selector, e.g. `new UiSelector().text(\"Create New\")`",
        [LocatorStrategy.IosClassChain] = "an XCUITest class chain query",
        [LocatorStrategy.FlutterKey] = "a Flutter `ValueKey`; only the Flutter integration driver (`appium-flutter-integration-driver`) finds it",
    }.ToFrozenDictionary();

    public static void Write(Markdown page, MobileTargetContract contract)
    {
        page.Heading(2, "Mobile: the contact screen, the ticket options and the create screen").Paragraph(contract.Comment);
        if (contract.Session is { } session)
            page.Paragraph($"- **Session** (the reference app): {session.Storage} key {Markdown.Code(session.Key)}. {session.Purpose}");
        var columns = contract.Elements.SelectMany(e => e.Locators.Keys).Distinct(StringComparer.Ordinal).ToList();
        page.Table(["element", "purpose", .. columns.Select(c => ColumnTitles.GetValueOrDefault(c, c))],
            contract.Elements.Select(e => (IReadOnlyList<string>)[Markdown.Code(e.Name), e.Purpose, .. columns.Select(c => Cell(e, c))]));
        page.Heading(3, "Locator strategies")
            .Paragraph("A locator is one `{ \"strategy\": \"value\" }` pair; these are the strategies the harness accepts.")
            .Table(["strategy", "finds"], Enum.GetValues<LocatorStrategy>().Select(s => (IReadOnlyList<string>)[Markdown.Code(LocatorStrategies.Name(s)), StrategyMeanings[s]]));
        WriteFlutter(page);
    }

    private static void WriteFlutter(Markdown page) => page.Heading(3, "Flutter: `Semantics(identifier:)`")
        .Paragraph("Wrap each widget in `Semantics(identifier: 'ticket-add', child: ...)` (Flutter 3.19+), with the identifier of its " +
            "Android and iOS columns (the same string on both, and the reference app's test id):")
        .Line("- **Android** (UiAutomator2): the identifier becomes the view's `resource-id`, unprefixed. `androidResourceId` finds it; " +
            "Appium's `id` strategy would prepend the package name and miss it.")
        .Line("- **iOS** (XCUITest): the identifier becomes the element's `accessibilityIdentifier`, which `accessibilityId` finds.")
        .Line("- The bottom sheet's barrier has no identifier of its own: it is found by its semantics label `Dismiss` (Flutter's default " +
            "for `ModalBarrier`) with `accessibilityId`. Check the label on the real app and change that one entry if it differs.")
        .Line("- With the Flutter integration driver, `{ \"flutterKey\": \"ticket-add\" }` finds `ValueKey('ticket-add')` instead: change " +
            "the platform's column in `contracts/mobile-target.json`, nothing else.")
        .Line()
        .Paragraph("What a device run needs besides the identifiers (capabilities, the Appium server, the backend): [`docs/real-device.md`](real-device.md).");

    private static string Cell(MobileContractElement element, string column) =>
        element.Locators.TryGetValue(column, out var locator) ? $"{LocatorStrategies.Name(locator.Strategy)} {Markdown.Code(locator.Value)}" : "none";
}
