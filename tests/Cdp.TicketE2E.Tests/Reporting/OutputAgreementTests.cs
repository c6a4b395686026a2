using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Reporting.History;
using Cdp.TicketE2E.Reporting.Output.Json;
using Cdp.TicketE2E.Reporting.Output.JUnit;
using Cdp.TicketE2E.Reporting.Output.Markdown;
using Cdp.TicketE2E.Tests.Reporting.Fixtures;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Reporting;

/// <summary>coverage.json, coverage.md and junit.xml say the same thing, and agree with the NDJSON they come from.</summary>
[TestFixture]
public sealed class OutputAgreementTests
{
    private MixedReport mixed = null!;
    private JsonElement json;
    private string markdown = "";
    private XDocument junit = null!;

    [OneTimeSetUp]
    public void Render()
    {
        mixed = new MixedReport();
        var report = mixed.Report();
        json = JsonDocument.Parse(CoverageJsonWriter.Render(report, TrendView.Empty)).RootElement;
        markdown = CoverageMarkdownWriter.Render(report);
        junit = XDocument.Parse(JUnitWriter.Render(report));
    }

    [Test]
    public void Json_has_every_status_the_fixture_was_built_for()
    {
        Overall(json).Should().Equal(new Dictionary<string, string>
        {
            ["WEB-01"] = "NOK", ["MOB-01"] = "NOT_RUN", ["ANC-01"] = "NOK", ["WEB-02"] = "UNCOVERED", ["MOB-02"] = "OK",
        });
        json.GetProperty("requirements")[2].GetProperty("status").GetProperty("mobile").GetString().Should().Be("UNKNOWN");
        json.GetProperty("gate").GetProperty("passed").GetBoolean().Should().BeFalse();
        json.GetProperty("schemaVersion").GetInt32().Should().Be(1);
    }

    [Test]
    public void Json_and_markdown_agree_on_counts_and_every_requirement()
    {
        var requirements = json.GetProperty("counts").GetProperty("requirements");
        var row = TableRowAfter("| Requirements | OK |");
        row.Take(6).Should().Equal(new[] { "total", "ok", "nok", "notRun", "unknown", "uncovered" }.Select(k => requirements.GetProperty(k).GetInt32().ToString()));

        var scenarios = json.GetProperty("counts").GetProperty("scenarios");
        TableRowAfter("| Scenarios | Executed |").Take(7).Should()
            .Equal(new[] { "total", "executed", "passed", "flaky", "failed", "unknown", "notRun" }.Select(k => scenarios.GetProperty(k).GetInt32().ToString()));

        var matrix = MarkdownMatrix();
        matrix.Keys.Should().BeEquivalentTo(Overall(json).Keys);
        foreach (var requirement in json.GetProperty("requirements").EnumerateArray())
        {
            var id = requirement.GetProperty("id").GetString()!;
            matrix[id].Overall.Should().Be(requirement.GetProperty("overall").GetString()!.Replace('_', ' '), id);
            foreach (var platform in requirement.GetProperty("status").EnumerateObject())
                matrix[id].Platforms[platform.Name].Should().StartWith(platform.Value.GetString()!.Replace('_', ' '), $"{id} on {platform.Name}");
        }
        markdown.Should().Contain($"### Gate reasons ({json.GetProperty("gate").GetProperty("reasons").GetArrayLength()})");
    }

    [Test]
    public void Json_and_junit_agree_on_every_scenario_and_both_match_the_ndjson()
    {
        var pickles = mixed.Envelopes.Where(e => e.Pickle is not null).Select(e => e.Pickle.Id).ToList();
        var scenarios = json.GetProperty("scenarios").EnumerateArray().ToList();
        scenarios.Select(s => s.GetProperty("pickleId").GetString()).Should().Equal(pickles);

        var cases = junit.Descendants("testcase").Where(c => c.Element("error") is null).ToList();
        cases.Should().HaveCount(pickles.Count);
        foreach (var scenario in scenarios)
        {
            var location = scenario.GetProperty("location").GetString()!;
            var testCase = cases.Single(c => ((string)c.Attribute("name")!).EndsWith($"[{location}]"));
            ((string)testCase.Attribute("classname")!).Should().Be(scenario.GetProperty("uri").GetString());
            var expected = scenario.GetProperty("status").GetString() switch
            {
                "PASSED" => "passed",
                "FLAKY" => "failure",
                "PENDING" or "SKIPPED" or "NOT_RUN" => "skipped",
                _ => "failure",
            };
            (testCase.Element("failure") is not null ? "failure" : testCase.Element("skipped") is not null ? "skipped" : "passed")
                .Should().Be(expected, location);
        }

        var root = junit.Root!;
        ((int)root.Attribute("tests")!).Should().Be(pickles.Count + 1, "the parse error is a testcase with an <error>");
        ((int)root.Attribute("errors")!).Should().Be(1);
        ((int)root.Attribute("failures")!).Should().Be(scenarios.Count(s => s.GetProperty("status").GetString() is "FAILED" or "FLAKY"));
        ((int)root.Attribute("skipped")!).Should().Be(scenarios.Count(s => s.GetProperty("status").GetString() is "PENDING" or "NOT_RUN"));
    }

    [Test]
    public void Junit_failures_carry_the_message_and_not_run_is_skipped()
    {
        var failed = junit.Descendants("testcase").Single(c => ((string)c.Attribute("name")!).Contains("create_ticket.feature:8"));
        ((string)failed.Element("failure")!.Attribute("message")!).Should().Be($"FAILED: {AttemptPlan.FailureMessage}");
        failed.Element("failure")!.Value.Should().Contain("evidence/creates-a-ticket-from-the-customer-page/attempt-1.png");

        var notRun = junit.Descendants("testcase").Single(c => ((string)c.Attribute("name")!).Contains("mobile/create_ticket.feature:6"));
        ((string)notRun.Element("skipped")!.Attribute("message")!).Should().StartWith("NOT RUN");
    }

    [Test]
    public void Text_from_features_and_catalog_stays_inert_in_every_output()
    {
        markdown.Should().NotContain("<b>summary</b>").And.Contain("The &lt;b&gt;summary&lt;/b&gt; &amp; list \\| refresh");
        junit.Descendants("testcase").Should().Contain(c => ((string)c.Attribute("name")!).StartsWith(MixedReport.HostileName));
        json.GetProperty("scenarios").EnumerateArray().Should().Contain(s => s.GetProperty("name").GetString() == MixedReport.HostileName);
        CoverageJsonWriter.Render(mixed.Report(), TrendView.Empty).Should().NotContain("<script>", "the JSON encoder escapes < and >");
    }

    [Test]
    public void The_flaky_policy_changes_every_output_the_same_way()
    {
        var lenient = mixed.Report(FlakyPolicy.CountsAsPassing);
        var lenientJson = JsonDocument.Parse(CoverageJsonWriter.Render(lenient, TrendView.Empty)).RootElement;
        var lenientJunit = XDocument.Parse(JUnitWriter.Render(lenient));

        lenientJson.GetProperty("requirements")[2].GetProperty("status").GetProperty("web").GetString().Should().Be("OK");
        lenientJson.GetProperty("flakyPolicy").GetString().Should().Be("countsAsPassing");
        lenientJunit.Descendants("testcase").Single(c => ((string)c.Attribute("name")!).Contains("association.feature:5"))
            .Element("failure").Should().BeNull();
    }

    private static Dictionary<string, string> Overall(JsonElement root) =>
        root.GetProperty("requirements").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("overall").GetString()!);

    private string[] TableRowAfter(string headerStart)
    {
        var lines = markdown.Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith(headerStart));
        return Cells(lines[header + 2]);
    }

    private Dictionary<string, (Dictionary<string, string> Platforms, string Overall)> MarkdownMatrix()
    {
        var lines = markdown.Split('\n');
        var all = Array.FindIndex(lines, l => l.StartsWith("<details><summary>All "));
        var header = Cells(lines[all + 2]);
        return lines.Skip(all + 4).TakeWhile(l => l.StartsWith("| ")).Select(Cells).ToDictionary(
            cells => cells[0].Replace("\\", ""),
            cells => (header.Skip(1).Take(2).Select((platform, i) => (platform, cells[i + 1])).Where(x => x.Item2 != "—")
                .ToDictionary(x => x.platform, x => x.Item2), cells[3]));
    }

    private static string[] Cells(string row) =>
        Regex.Split(row.Trim().Trim('|'), @"(?<!\\)\|").Select(c => c.Trim()).ToArray();
}
