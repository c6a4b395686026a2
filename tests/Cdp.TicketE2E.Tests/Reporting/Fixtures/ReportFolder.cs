using Cdp.TicketE2E.Reporting.Commands;
using Cdp.TicketE2E.Reporting.Reading;
using Cdp.TicketE2E.Specs.Catalog;

namespace Cdp.TicketE2E.Tests.Reporting.Fixtures;

/// <summary>Options and stream files laid out in a temp folder the way the CLI would lay them out.</summary>
public static class ReportFolder
{
    /// <summary>Report options on <c>{folder}/reports</c>, with a catalog file that exists and a loader returning <paramref name="catalog"/>.</summary>
    public static ReportOptions Options(TempFolder folder, RequirementsCatalog catalog)
    {
        File.WriteAllText(folder.File("requirements.yaml"), "# loaded in code by the test");
        return new ReportOptions { ReportsDir = folder.File("reports"), CatalogPath = folder.File("requirements.yaml"), LoadCatalog = _ => catalog };
    }

    /// <summary>Writes a stream to <c>{folder}/{name}/cucumber.ndjson</c> and returns the path.</summary>
    public static string WriteStream(TempFolder folder, string name, RunStreamBuilder stream)
    {
        var path = folder.File(name, "cucumber.ndjson");
        StreamFile.Write(path, stream.Build());
        return path;
    }

    /// <summary>Runs the given scenarios of a suite (passing) and writes its stream as a shard.</summary>
    public static (string Path, string RunId) WriteShard(TempFolder folder, string name, SampleSuite suite, Func<SampleSuite, PickleRef[]> executed)
    {
        foreach (var pickle in executed(suite)) suite.Stream.Run(pickle);
        return (WriteStream(folder, name, suite.Stream), suite.Stream.RunId);
    }
}
