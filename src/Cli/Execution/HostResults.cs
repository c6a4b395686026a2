using System.Xml.Linq;
using Cdp.TicketE2E.Reporting.Gate;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>The test host's own account of a run: the counters of the TRX file it writes, for the gate to cross-check the stream.</summary>
internal static class HostResults
{
    public const string FileName = "host.trx";

    /// <summary>The passed and failed counts; null when the host wrote no results file.</summary>
    public static HostCounts? Read(string hostDirectory)
    {
        var path = Path.Combine(hostDirectory, FileName);
        if (!File.Exists(path)) return null;
        var counters = XDocument.Load(path).Descendants().FirstOrDefault(e => e.Name.LocalName == "Counters");
        return counters is null ? null : new HostCounts(Count(counters, "passed"), Count(counters, "failed"));
    }

    private static int Count(XElement counters, string name) => int.TryParse(counters.Attribute(name)?.Value, out var count) ? count : 0;
}
