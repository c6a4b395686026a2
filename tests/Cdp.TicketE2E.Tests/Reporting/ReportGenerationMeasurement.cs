using System.Diagnostics;
using Cdp.TicketE2E.Reporting.Commands;
using Cdp.TicketE2E.Reporting.Reading;
using Cdp.TicketE2E.Specs.Catalog;
using Cdp.TicketE2E.Tests.Reporting.Fixtures;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Reporting;

/// <summary>
/// How long a report takes and how big its files are, for a synthetic suite of the expected size. A measurement,
/// not a test: it asserts nothing about time and only runs when asked for
/// (<c>dotnet test --filter "FullyQualifiedName~ReportGenerationMeasurement"</c>).
/// </summary>
[TestFixture]
[Explicit("Measurement; run on demand.")]
public sealed class ReportGenerationMeasurement
{
    [TestCase(100)]
    [TestCase(1000)]
    public void Time_and_size_of_a_report(int pickles)
    {
        using var folder = new TempFolder();
        var (catalog, envelopes) = Synthetic(pickles, startedAt: new DateTime(2026, 11, 2, 2, 0, 0, DateTimeKind.Utc));
        File.WriteAllText(folder.File("requirements.yaml"), "# in code");
        var options = new ReportOptions { ReportsDir = folder.File("reports"), CatalogPath = folder.File("requirements.yaml"), LoadCatalog = _ => catalog };
        var cold = 0.0;
        for (var day = 20; day >= 1; day--)
        {
            // A history of 20 earlier runs, as a nightly job would have; the first report of the process pays for JIT.
            StreamFile.Write(options.ResolvedStreamPath, Synthetic(pickles, new DateTime(2026, 11, 2, 2, 0, 0, DateTimeKind.Utc).AddDays(-day)).Envelopes);
            var first = Stopwatch.StartNew();
            ReportingCommands.Report(options, TextWriter.Null);
            if (day == 20) cold = first.Elapsed.TotalMilliseconds;
        }
        StreamFile.Write(options.ResolvedStreamPath, envelopes);

        var timings = new List<double>();
        for (var i = 0; i < 6; i++)
        {
            var watch = Stopwatch.StartNew();
            ReportingCommands.Report(options, TextWriter.Null);
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }
        var warm = timings.Skip(1).Order().ToList();
        TestContext.Out.WriteLine($"{pickles} pickles, {new FileInfo(options.ResolvedStreamPath).Length / 1024.0:0} KiB of NDJSON, history of 21 runs");
        TestContext.Out.WriteLine($"report (read + analyse + history + 4 files): first in this process {cold:0} ms (empty history), " +
                                  $"with 20 runs of history: warm median {warm[warm.Count / 2]:0} ms, min {warm[0]:0} ms");
        foreach (var file in new[] { ReportFiles.Html, ReportFiles.Json, ReportFiles.Markdown, ReportFiles.JUnit })
            TestContext.Out.WriteLine($"  {file}: {new FileInfo(Path.Combine(options.ReportsDir, file)).Length / 1024.0:0.0} KiB");
        TestContext.Out.WriteLine($"  history record: {new DirectoryInfo(options.ResolvedHistoryDir).GetFiles().Average(f => f.Length) / 1024.0:0.0} KiB each");
    }

    /// <summary>Requirements on web, mobile or both; every 17th scenario fails, every 23rd is flaky.</summary>
    private static (RequirementsCatalog Catalog, List<Io.Cucumber.Messages.Types.Envelope> Envelopes) Synthetic(int pickles, DateTime startedAt)
    {
        var requirements = Enumerable.Range(1, Math.Max(1, pickles / 2)).Select(i => TestCatalogs.Requirement($"REQ-{i:000}",
            (i % 3) switch { 0 => [Platform.Web, Platform.Mobile], 1 => [Platform.Web], _ => [Platform.Mobile] })).ToArray();
        var stream = new RunStreamBuilder(startedAt: startedAt);
        for (var i = 0; i < pickles; i++)
        {
            var requirement = requirements[i % requirements.Length];
            var platform = requirement.Platforms[i / requirements.Length % requirement.Platforms.Count];
            var pickle = stream.Scenario($"features/{platform.ToString().ToLowerInvariant()}/area_{i % 12}.feature", 10 + i, $"scenario number {i}",
                "@" + platform.ToString().ToLowerInvariant(), requirement.Tag);
            if (i % 17 == 5) stream.Run(pickle, AttemptPlan.Failed, AttemptPlan.Failed);
            else if (i % 23 == 7) stream.Run(pickle, AttemptPlan.Failed, AttemptPlan.Passed);
            else stream.Run(pickle);
        }
        return (TestCatalogs.Of(requirements), stream.Build());
    }
}
