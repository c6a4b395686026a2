using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Reporting.History;
using Cdp.TicketE2E.Reporting.Output.Html;
using Cdp.TicketE2E.Reporting.Output.Json;
using Cdp.TicketE2E.Reporting.Output.JUnit;
using Cdp.TicketE2E.Reporting.Output.Markdown;

namespace Cdp.TicketE2E.Reporting.Commands;

/// <summary>The report files, their names in the reports folder, and writing them all from one report.</summary>
public static class ReportFiles
{
    /// <summary>The results stream the runner writes.</summary>
    public const string Stream = "cucumber.ndjson";

    /// <summary>Reqnroll's HTML step view, written by the runner beside the stream.</summary>
    public const string StepView = "cucumber.html";

    /// <summary>The HTML report for people.</summary>
    public const string Html = "coverage.html";

    /// <summary>The JSON report for machines.</summary>
    public const string Json = "coverage.json";

    /// <summary>The Markdown summary for a PR or chat.</summary>
    public const string Markdown = "coverage.md";

    /// <summary>JUnit XML for CI systems.</summary>
    public const string JUnit = "junit.xml";

    /// <summary>Writes the four outputs into <paramref name="reportsDir"/>; returns each path with its size in bytes.</summary>
    public static IReadOnlyList<(string Path, long Bytes)> WriteAll(CoverageReport report, TrendView trend, string reportsDir)
    {
        Directory.CreateDirectory(reportsDir);
        var outputs = new (string Name, string Text)[]
        {
            (Html, CoverageHtmlWriter.Render(report, trend)),
            (Json, CoverageJsonWriter.Render(report, trend)),
            (Markdown, CoverageMarkdownWriter.Render(report)),
            (JUnit, JUnitWriter.Render(report)),
        };
        return outputs.Select(o =>
        {
            var path = Path.Combine(reportsDir, o.Name);
            File.WriteAllText(path, o.Text);
            return (path, new FileInfo(path).Length);
        }).ToList();
    }
}
