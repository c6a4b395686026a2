using System.Text.Json;
using Cdp.TicketE2E.Tests.Reporting.Fixtures;
using FluentAssertions;
using Microsoft.Playwright;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Reporting;

/// <summary>coverage.html opened in real headless Chromium: rendered, screenshotted, numbers read from the DOM, filters clicked.</summary>
[TestFixture]
[NonParallelizable]
public sealed class HtmlReportInBrowserTests
{
    private ReportInBrowser fixture = null!;
    private IPage page = null!;
    private readonly List<string> requests = [];
    private readonly List<string> dialogs = [];

    [OneTimeSetUp]
    public async Task StartBrowser()
    {
        if (!File.Exists(ReportInBrowser.ChromiumPath)) Assert.Ignore($"No Chromium at {ReportInBrowser.ChromiumPath}; install Debian's chromium package.");
        fixture = await ReportInBrowser.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopBrowser()
    {
        if (fixture is not null) await fixture.DisposeAsync();
    }

    [SetUp]
    public async Task OpenReport()
    {
        requests.Clear();
        dialogs.Clear();
        page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        page.Request += (_, request) => requests.Add(request.Url);
        page.Dialog += async (_, dialog) => { dialogs.Add(dialog.Message); await dialog.DismissAsync(); };
        await page.GotoAsync(new Uri(fixture.HtmlPath).AbsoluteUri);
    }

    [TearDown]
    public async Task ClosePage() => await page.CloseAsync();

    [Test]
    public async Task Renders_the_verdict_and_key_numbers_that_match_coverage_json()
    {
        var screenshots = Path.Combine(Path.GetTempPath(), "cdp-e2e-reporting-screenshots");
        Directory.CreateDirectory(screenshots);
        var shot = Path.Combine(screenshots, "coverage.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
        TestContext.AddTestAttachment(shot, "coverage.html in headless Chromium");
        new FileInfo(shot).Length.Should().BeGreaterThan(10_000);

        (await page.GetAttributeAsync("#verdict", "data-passed")).Should().Be("false");
        (await page.InnerTextAsync("#verdict h1")).Should().Be("Lane-A gate: FAILED");
        var counts = JsonDocument.Parse(File.ReadAllText(fixture.JsonPath)).RootElement.GetProperty("counts");
        (await Card("requirements-total")).Should().Be(counts.GetProperty("requirements").GetProperty("total").ToString()).And.Be("5");
        (await Card("requirements-ok")).Should().Be("1");
        (await Card("requirements-nok")).Should().Be("2");
        (await Card("requirements-not-run")).Should().Be("1");
        (await Card("requirements-uncovered")).Should().Be("1");
        (await Card("scenarios-failed")).Should().Be(counts.GetProperty("scenarios").GetProperty("failed").ToString());
        (await Card("scenarios-flaky")).Should().Be("1");
        (await Card("requirements-ok-percent")).Should().Be("20.0 %");
        (await page.Locator("#gate-reasons li").CountAsync()).Should().Be(7);
        (await page.Locator("tr.req").CountAsync()).Should().Be(5);
    }

    [Test]
    public async Task Clicking_a_status_filter_changes_what_is_shown()
    {
        (await VisibleRequirementIds()).Should().HaveCount(5);

        await page.ClickAsync("label[for=status-NOK]");

        (await VisibleRequirementIds()).Should().Equal("WEB-01", "ANC-01");
        (await page.InnerTextAsync("#shown-count")).Should().Be("2 of 5 requirements shown");

        await page.ClickAsync("label[for=status-UNCOVERED]");
        (await VisibleRequirementIds()).Should().Equal("WEB-02");
    }

    [Test]
    public async Task Platform_and_tag_filters_narrow_the_matrix()
    {
        await page.SelectOptionAsync("#platform-filter", "mobile");
        (await VisibleRequirementIds()).Should().Equal("MOB-01", "ANC-01", "MOB-02");

        await page.ClickAsync("label[for=status-UNKNOWN]");
        (await VisibleRequirementIds()).Should().Equal(["ANC-01"], "ANC-01 is UNKNOWN on mobile though NOK overall");

        await page.ClickAsync("label[for=status-ALL]");
        await page.SelectOptionAsync("#platform-filter", "all");
        await page.SelectOptionAsync("#tag-filter", "@req:MOB-02");
        (await VisibleRequirementIds()).Should().Equal("MOB-02");
    }

    [Test]
    public async Task A_row_opens_its_drill_down_with_steps_error_and_evidence()
    {
        await page.ClickAsync("#req-WEB-01 td.statement");

        var drill = page.Locator("tr.drill[data-for=WEB-01]");
        (await drill.Locator("details").First.GetAttributeAsync("open")).Should().NotBeNull();
        (await drill.Locator(".scenario .badge").First.InnerTextAsync()).Should().Be("FAILED");
        (await drill.Locator("pre.error").First.InnerTextAsync()).Should().Contain("T-1001");
        (await drill.Locator("ol.steps li").AllInnerTextsAsync()).Should().Contain(s => s.Contains("When they create a ticket from the customer"));
        var image = drill.Locator(".evidence img").First;
        (await image.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : -1")).Should().Be(2, "the screenshot link resolves next to coverage.html");
        (await drill.Locator(".evidence a").First.GetAttributeAsync("href")).Should().Be("evidence/creates-a-ticket-from-the-customer-page/attempt-1.png");
    }

    [Test]
    public async Task Hostile_text_is_shown_as_text_and_nothing_leaves_the_file()
    {
        (await page.Locator(".sc-name", new PageLocatorOptions { HasTextString = "alert(" }).First.TextContentAsync())
            .Should().Be(MixedReport.HostileName);
        (await page.InnerTextAsync("#req-MOB-02 td.statement")).Should().Be("The <b>summary</b> & list | refresh");
        dialogs.Should().BeEmpty("a scenario name must never run as script");
        requests.Should().OnlyContain(url => url.StartsWith("file://"), "the report is one self-contained file");
    }

    [Test]
    public async Task Shows_the_trend_and_marks_changed_requirements()
    {
        (await page.GetAttributeAsync("#trend", "data-runs")).Should().Be("2");
        (await page.Locator("#trend svg circle").CountAsync()).Should().Be(6, "three series over two runs");
        (await page.InnerTextAsync("#changes")).Should().Contain("WEB-01 OK → NOK").And.Contain("MOB-02 UNCOVERED → OK");
        (await page.InnerTextAsync("#req-WEB-01 td.id")).Should().Contain("was OK");
    }

    [Test]
    public async Task Prints_without_filters_and_with_problems_expanded()
    {
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");

        (await page.EvaluateAsync<string>("() => getComputedStyle(document.getElementById('filters')).display")).Should().Be("none");
        (await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('tr.drill details.problem')].every(d => d.open)")).Should().BeTrue();
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4" });
        pdf.Length.Should().BeGreaterThan(10_000);
    }

    private async Task<string> Card(string key) => await page.InnerTextAsync($"[data-count={key}] .num");

    private async Task<string[]> VisibleRequirementIds() =>
        await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('tr.req')].filter(r => !r.hidden).map(r => r.dataset.id)");
}
