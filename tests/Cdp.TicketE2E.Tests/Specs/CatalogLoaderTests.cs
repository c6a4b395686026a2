using Cdp.TicketE2E.Specs.Catalog;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Specs;

/// <summary>The catalog loader: a valid file loads; each kind of mistake names file, line, requirement and fix.</summary>
[TestFixture]
public sealed class CatalogLoaderTests
{
    private const string File = "features/requirements.yaml";

    private const string Valid = """
        version: 1
        requirements:
          - id: ANC-01
            statement: A ticket created from a customer is associated to that customer.
            source: "anchor PRD, Phase/Component Index"
            platforms: [web, mobile]
            origin: stated
          - id: TCKT-S07-NEG
            statement: Without the permission, no Create Ticket option is offered.
            source: "web RFC breakdown, Task 1 (TCKT-S07-NEG)"
            platforms: [web]
            origin: derived
            derivedFrom: "the gate of Task 1"
            dependsOn: [OQ-4, UNK-flags]
        """;

    [Test]
    public void A_valid_catalog_loads_every_field_and_line()
    {
        var catalog = CatalogLoader.Parse(Valid, File);

        catalog.Requirements.Should().HaveCount(2);
        var first = catalog.Requirements[0];
        first.Id.Should().Be("ANC-01");
        first.Platforms.Should().Equal(Platform.Web, Platform.Mobile);
        first.Origin.Should().Be(RequirementOrigin.Stated);
        first.DerivedFrom.Should().BeNull();
        first.DependsOn.Should().BeEmpty();
        var second = catalog.Find("TCKT-S07-NEG")!;
        second.Origin.Should().Be(RequirementOrigin.Derived);
        second.DerivedFrom.Should().Be("the gate of Task 1");
        second.DependsOn.Should().Equal("OQ-4", "UNK-flags");
        catalog.Path.Should().Be(File);
        catalog.LineOf(0).Should().Be(3);
        catalog.LineOf(1).Should().Be(8);
    }

    [Test]
    public void An_unknown_platform_is_named_with_the_allowed_ones() =>
        Problems(Valid.Replace("platforms: [web]", "platforms: [desktop]"))
            .Should().ContainSingle().Which.Should().Contain($"{File}:8: requirement #2 (TCKT-S07-NEG): unknown platform 'desktop'. Fix: use web or mobile");

    [Test]
    public void Both_is_not_a_platform_and_the_fix_says_to_list_both() =>
        Problems(Valid.Replace("platforms: [web]", "platforms: [both]"))
            .Should().ContainSingle().Which.Should().Contain("list both: [web, mobile]");

    [TestCase("statement")]
    [TestCase("source")]
    [TestCase("origin")]
    [TestCase("platforms")]
    public void A_missing_field_is_named(string field) =>
        Problems(RemoveLine(Valid, $"    {field}:", occurrence: 0))
            .Should().ContainSingle().Which.Should().Contain($"{File}:3: requirement #1 (ANC-01): '{field}' is missing").And.Contain("Fix: ");

    [Test]
    public void A_missing_id_is_named_by_the_entry_number() =>
        Problems(Valid.Replace("  - id: ANC-01\n    statement", "  - statement"))
            .Should().ContainSingle().Which.Should().Contain("requirement #1 (no id): 'id' is missing");

    [Test]
    public void A_derived_requirement_needs_derived_from() =>
        Problems(RemoveLine(Valid, "    derivedFrom:", occurrence: 0))
            .Should().ContainSingle().Which.Should().Contain("(TCKT-S07-NEG): origin is 'derived' but 'derivedFrom' is missing. Fix: add 'derivedFrom:'");

    [Test]
    public void A_stated_requirement_must_not_claim_derived_from() =>
        Problems(Valid.Replace("origin: stated", "origin: stated\n    derivedFrom: \"x\""))
            .Should().ContainSingle().Which.Should().Contain("(ANC-01): origin is 'stated' but 'derivedFrom' is set");

    [Test]
    public void An_unknown_origin_is_named() =>
        Problems(Valid.Replace("origin: stated", "origin: inferred"))
            .Should().ContainSingle().Which.Should().Contain("unknown origin 'inferred'. Fix: use 'stated'");

    [Test]
    public void A_duplicate_id_names_both_entries() =>
        Problems(Valid.Replace("id: TCKT-S07-NEG", "id: ANC-01"))
            .Should().ContainSingle().Which.Should().Contain($"{File}:8: requirement #2 (ANC-01): duplicate id, already used by requirement #1 at line 3");

    [TestCase("WEB-1")]
    [TestCase("web-01")]
    [TestCase("REQ-01")]
    [TestCase("TCKT-1")]
    public void A_malformed_id_is_rejected(string id) =>
        Problems(Valid.Replace("id: ANC-01", $"id: {id}"))
            .Should().ContainSingle().Which.Should().Contain($"id '{id}' is malformed. Fix: use ANC-nn, WEB-nn or MOB-nn");

    [Test]
    public void An_unknown_key_is_named_with_its_line_and_a_rename_hint() =>
        Problems(Valid.Replace("derivedFrom:", "derived_from:"))
            .Should().Contain(p => p.Contains($"{File}:13: requirement #2 (TCKT-S07-NEG): unknown key 'derived_from'. Fix: rename it to 'derivedFrom'"));

    [Test]
    public void An_unknown_key_with_no_near_match_lists_the_allowed_keys() =>
        Problems(Valid.Replace("origin: stated", "origin: stated\n    owner: qa"))
            .Should().ContainSingle().Which.Should().Contain("unknown key 'owner'. Fix: remove it; allowed keys are id, statement");

    [Test]
    public void An_unknown_top_level_key_is_named() =>
        Problems("title: x\n" + Valid).Should().ContainSingle().Which.Should().Contain($"{File}:1: top level: unknown key 'title'");

    [Test]
    public void A_bad_open_question_id_is_named() =>
        Problems(Valid.Replace("[OQ-4, UNK-flags]", "[OQ 4]"))
            .Should().ContainSingle().Which.Should().Contain("'dependsOn' names 'OQ 4', which is not an open-question id");

    [Test]
    public void A_platform_given_as_text_instead_of_a_list_is_named() =>
        Problems(Valid.Replace("platforms: [web]", "platforms: web"))
            .Should().ContainSingle().Which.Should().Contain("'platforms' must be a list of plain values. Fix: write it like 'platforms: [web, mobile]'");

    [Test]
    public void A_wrong_version_is_named() =>
        Problems(Valid.Replace("version: 1", "version: 2")).Should().ContainSingle().Which.Should().Contain("'version' is '2'. Fix: write 'version: 1'");

    [Test]
    public void Broken_yaml_is_named_with_its_line() =>
        Problems(Valid.Replace("platforms: [web]", "platforms: [web")).Should().ContainSingle().Which.Should().Contain("not valid YAML");

    [Test]
    public void Every_problem_is_reported_in_one_go()
    {
        var text = Valid.Replace("platforms: [web]", "platforms: [tv]").Replace("id: ANC-01", "id: X-1").Replace("origin: stated", "origin: maybe");
        var error = FluentActions.Invoking(() => CatalogLoader.Parse(text, File)).Should().Throw<CatalogLoadException>().Which;
        error.Problems.Should().HaveCount(3);
        error.Message.Should().StartWith($"The requirements catalog '{File}' is invalid (3 problems):");
    }

    [Test]
    public void A_missing_file_says_how_to_fix_it() =>
        FluentActions.Invoking(() => CatalogLoader.Load("/nonexistent/requirements.yaml"))
            .Should().Throw<FileNotFoundException>().WithMessage("*does not exist. Fix:*");

    private static IReadOnlyList<string> Problems(string yaml) =>
        FluentActions.Invoking(() => CatalogLoader.Parse(yaml, File)).Should().Throw<CatalogLoadException>()
            .Which.Problems.Select(p => p.ToString()).ToList();

    private static string RemoveLine(string text, string prefix, int occurrence)
    {
        var lines = text.Split('\n').ToList();
        lines.RemoveAt(lines.Select((line, index) => (line, index)).Where(l => l.line.StartsWith(prefix, StringComparison.Ordinal)).ElementAt(occurrence).index);
        return string.Join('\n', lines);
    }
}
