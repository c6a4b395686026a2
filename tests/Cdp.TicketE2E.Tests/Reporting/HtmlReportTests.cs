using System.Text.RegularExpressions;
using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Reporting.History;
using Cdp.TicketE2E.Reporting.Output.Html;
using Cdp.TicketE2E.Reporting.Reading;
using Cdp.TicketE2E.Tests.Reporting.Fixtures;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Reporting;

/// <summary>coverage.html as text: self-contained and safe, whatever the stream holds (the browser tests check the rest).</summary>
[TestFixture]
public sealed class HtmlReportTests
{
    [Test]
    public void The_file_loads_nothing_from_outside()
    {
        var html = CoverageHtmlWriter.Render(new MixedReport().Report(), TrendView.Empty);

        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<style>").And.Contain("<script>");
        html.Should().NotContainAny("<link", "<script src", "@import", "url(http", "src=\"http", "src=\"//");
        Regex.Matches(html, "<script>").Should().HaveCount(1);
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("JaVaScRiPt:alert(1)")]
    [TestCase("java\tscript:alert(1)")]
    [TestCase("data:text/html,<script>alert(1)</script>")]
    [TestCase("//evil.test/x.png")]
    public void A_hostile_evidence_url_is_never_a_link(string url)
    {
        var suite = new SampleSuite(new RunStreamBuilder { ScreenshotUrl = url });
        suite.RunAll((suite.WebCreate, [AttemptPlan.Failed]));

        var html = CoverageHtmlWriter.Render(CoverageReport.Create(RunModelReader.Read(suite.Stream.Build()), suite.Catalog), TrendView.Empty);

        html.Should().Contain("screenshot.png").And.NotContain("href=\"" + url).And.NotContain("src=\"" + url)
            .And.NotContain("href=\"javascript", "only relative paths and http(s) URLs become links, in any letter case")
            .And.Contain("link withheld");
    }

    [Test]
    public void Every_status_has_its_badge_and_filter()
    {
        var html = CoverageHtmlWriter.Render(new MixedReport().Report(), TrendView.Empty);

        foreach (var status in new[] { "OK", "NOK", "NOT_RUN", "UNKNOWN", "UNCOVERED" })
            html.Should().Contain($"id=\"status-{status}\"").And.Contain($"badge b-{status}");
        html.Should().Contain("badge b-FLAKY").And.Contain("badge b-PENDING").And.Contain("id=\"orphans\"").And.Contain("id=\"parse-errors\"");
    }
}
