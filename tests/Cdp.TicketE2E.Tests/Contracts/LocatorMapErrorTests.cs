using Cdp.TicketE2E.Contracts;
using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Drivers.Mobile.Locators;
using FluentAssertions;
using NUnit.Framework;
using static Cdp.TicketE2E.Tests.Contracts.MobileContractFiles;

namespace Cdp.TicketE2E.Tests.Contracts;

/// <summary>A broken mobile contract stops the map with the cause and the fix, whatever the break.</summary>
public sealed class LocatorMapErrorTests
{
    private MobileContractFiles files = null!;

    [SetUp]
    public void CreateFolder() => files = new MobileContractFiles();

    [TearDown]
    public void DeleteFolder() => files.Dispose();

    [Test]
    public void A_valid_file_loads_for_every_platform()
    {
        var path = files.Write(Valid());

        Enum.GetValues<MobilePlatform>().Select(p => LocatorMap.FromFile(path, p).Platform).Should().Equal(Enum.GetValues<MobilePlatform>());
    }

    [Test]
    public void A_missing_file_names_its_path_and_that_the_build_copies_it()
    {
        var act = () => LocatorMap.FromFile(files.Missing, MobilePlatform.ReferenceWeb);

        act.Should().Throw<FileNotFoundException>()
            .WithMessage($"*{files.Missing}*the build copies contracts/mobile-target.json*");
    }

    [Test]
    public void An_element_without_the_platform_column_is_named_with_its_platform_and_the_fix()
    {
        var contract = Valid();
        Element(contract, MobileElement.Notice).Remove("ios");
        var path = files.Write(contract);

        var act = () => LocatorMap.FromFile(path, MobilePlatform.Ios);

        act.Should().Throw<TargetContractException>()
            .WithMessage("*'notice' has no ios locator, which MobilePlatform.Ios needs: add \"ios\": { \"strategy\": \"value\" }*");
        LocatorMap.FromFile(path, MobilePlatform.Android).Platform.Should().Be(MobilePlatform.Android, "only the iOS column lacks it");
    }

    [Test]
    public void An_element_of_the_enum_absent_from_the_file_is_named_with_the_fix()
    {
        var contract = Valid();
        contract["elements"]!.AsObject().Remove("ticketSummaryBusy");
        var path = files.Write(contract);

        var act = () => LocatorMap.FromFile(path, MobilePlatform.ReferenceWeb);

        act.Should().Throw<TargetContractException>()
            .WithMessage("*MobileElement.TicketSummaryBusy has no entry: add \"ticketSummaryBusy\" to \"elements\"*referenceWeb, android, ios*");
    }

    [Test]
    public void An_element_the_enum_lacks_is_named_with_the_fix()
    {
        var contract = Valid();
        contract["elements"]!["ticketBadge"] = new System.Text.Json.Nodes.JsonObject { ["purpose"] = "A badge.", ["android"] = Locator("accessibilityId", "badge") };
        var path = files.Write(contract);

        var act = () => LocatorMap.FromFile(path, MobilePlatform.Android);

        act.Should().Throw<TargetContractException>()
            .WithMessage("*'ticketBadge' is not a MobileElement: remove it from the file, or add it to MobileElement.cs*");
    }

    [Test]
    public void An_unknown_strategy_lists_the_allowed_ones()
    {
        var contract = Valid();
        Element(contract, MobileElement.AddTicket)["android"] = Locator("resourceId", "ticket-add");
        var path = files.Write(contract);

        var act = () => LocatorMap.FromFile(path, MobilePlatform.Android);

        act.Should().Throw<TargetContractException>().WithMessage(
            "*'addTicket'.android uses the unknown strategy 'resourceId': use one of css, xpath, id, accessibilityId, androidResourceId, androidUiAutomator, iosClassChain, flutterKey*");
    }

    [Test]
    public void Two_strategies_in_one_locator_are_refused()
    {
        var contract = Valid();
        Element(contract, MobileElement.AddTicket)["ios"] = new System.Text.Json.Nodes.JsonObject { ["accessibilityId"] = "ticket-add", ["iosClassChain"] = "**/XCUIElementTypeButton" };
        var path = files.Write(contract);

        var act = () => LocatorMap.FromFile(path, MobilePlatform.ReferenceWeb);

        act.Should().Throw<TargetContractException>("the file is refused whatever the platform")
            .WithMessage("*'addTicket'.ios has 2 strategies (accessibilityId, iosClassChain): a locator is one { \"strategy\": \"value\" } pair*keep one*");
    }

    [Test]
    public void A_misspelt_platform_column_lists_the_columns()
    {
        var contract = Valid();
        Element(contract, MobileElement.Notice)["andriod"] = Locator("androidResourceId", "notice");
        var path = files.Write(contract);

        var act = () => LocatorMap.FromFile(path, MobilePlatform.Android);

        act.Should().Throw<TargetContractException>().WithMessage("*'notice'.andriod is not a platform column: the columns are referenceWeb, android, ios*");
    }

    [Test]
    public void Malformed_JSON_and_repeated_keys_name_the_file()
    {
        var truncated = files.Write(Valid().ToJsonString()[..200]);
        var repeated = files.Write("{ \"platform\": \"mobile\", \"elements\": { \"notice\": { \"purpose\": \"n\", \"ios\": { \"accessibilityId\": \"a\", \"accessibilityId\": \"b\" } } } }");

        FluentActions.Invoking(() => LocatorMap.FromFile(truncated, MobilePlatform.Ios)).Should().Throw<TargetContractException>()
            .WithMessage($"{truncated} is not a usable target contract:*not valid JSON*fix that in the file");
        FluentActions.Invoking(() => LocatorMap.FromFile(repeated, MobilePlatform.Ios)).Should().Throw<TargetContractException>()
            .WithMessage("*not valid JSON*accessibilityId*");
    }

    [Test]
    public void Every_problem_is_reported_at_once()
    {
        var contract = Valid();
        Element(contract, MobileElement.Notice).Remove("purpose");
        Element(contract, MobileElement.OthersTab)["ios"] = new System.Text.Json.Nodes.JsonObject();
        var path = files.Write(contract);

        var act = () => LocatorMap.FromJson(File.ReadAllText(path), MobilePlatform.Ios, "test contract");

        act.Should().Throw<TargetContractException>().Which.Problems.Should().HaveCount(2)
            .And.Contain(p => p.StartsWith("element 'notice' has no \"purpose\"", StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("'othersTab'.ios names no strategy", StringComparison.Ordinal));
    }
}
