using System.Xml.Linq;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>
/// How the suite's test host is started: the built suite assembly is its own NUnit runner on Microsoft.Testing.Platform, so
/// ./e2e runs it directly (dotnet Cdp.TicketE2E.Steps.dll) instead of through dotnet test's VSTest host, a second less
/// per run. NUnit's worker count and selection go in a runsettings file beside the TRX the gate cross-checks.
/// </summary>
internal static class SuiteHost
{
    public static List<string> Arguments(string assembly, string resultsDirectory, int workers, string? nunitWhere)
    {
        Directory.CreateDirectory(resultsDirectory);
        var settings = Path.Combine(resultsDirectory, "suite.runsettings");
        new XDocument(new XElement("RunSettings", new XElement("NUnit",
            new XElement("NumberOfTestWorkers", workers),
            nunitWhere is null ? null : new XElement("Where", nunitWhere)))).Save(settings);
        return [assembly, "--settings", settings, "--results-directory", resultsDirectory, "--report-trx", "--report-trx-filename", HostResults.FileName,
            // One plain line per finished test, no cursor movement: the output is read line by line and kept in logs.
            "--no-ansi", "--progress", "off", "--output", "Detailed"];
    }
}
