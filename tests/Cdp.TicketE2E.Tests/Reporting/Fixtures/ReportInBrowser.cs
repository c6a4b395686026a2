using Cdp.TicketE2E.Reporting.Commands;
using Cdp.TicketE2E.Reporting.Reading;
using Microsoft.Playwright;

namespace Cdp.TicketE2E.Tests.Reporting.Fixtures;

/// <summary>
/// Two runs reported into one reports folder (yesterday all passing, today the mixed run), so coverage.html has a
/// trend; plus the system Chromium, launched with the flags DESIGN.md measured.
/// </summary>
public sealed class ReportInBrowser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // A 2×2 PNG, so the screenshot link of the failed scenario points at a real image.
    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==");

    private readonly TempFolder folder = new();
    private IPlaywright? playwright;

    public MixedReport Mixed { get; } = new();
    public string ReportsDir => folder.File("reports");
    public string HtmlPath => folder.File("reports", ReportFiles.Html);
    public string JsonPath => folder.File("reports", ReportFiles.Json);
    public IBrowser Browser { get; private set; } = null!;

    public static async Task<ReportInBrowser> StartAsync()
    {
        var fixture = new ReportInBrowser();
        fixture.WriteReports();
        fixture.playwright = await Playwright.CreateAsync();
        fixture.Browser = await fixture.playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            ChromiumSandbox = false,
            Args = Steps.Drivers.ChromiumFlags.ClosedNetwork,
        });
        return fixture;
    }

    private void WriteReports()
    {
        var yesterday = new SampleSuite(new RunStreamBuilder(startedAt: new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc))).RunAll();
        Report(yesterday.Stream.Build());
        Report(Mixed.Envelopes);
        var evidence = folder.File("reports", "evidence", "creates-a-ticket-from-the-customer-page");
        Directory.CreateDirectory(evidence);
        File.WriteAllBytes(Path.Combine(evidence, "attempt-1.png"), TinyPng);
    }

    private void Report(IEnumerable<Io.Cucumber.Messages.Types.Envelope> envelopes)
    {
        var options = ReportFolder.Options(folder, Mixed.Catalog);
        StreamFile.Write(options.ResolvedStreamPath, envelopes);
        var output = new StringWriter();
        if (ReportingCommands.Report(options, output) == ExitCodes.BadInput) throw new InvalidOperationException(output.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        folder.Dispose();
    }
}
