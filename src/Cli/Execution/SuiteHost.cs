using System.Xml.Linq;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>
/// How the suite's test host is started: the built suite assembly is its own NUnit runner on Microsoft.Testing.Platform, so
/// ./e2e runs it directly (dotnet Cdp.TicketE2E.Steps.dll) instead of through dotnet test's VSTest host, a second less
/// per run. NUnit's worker count and selection go in a runsettings file. No TRX is asked for: with one, the platform runs
/// the tests in a second process of the same assembly (its crash watch), which costs a process start and keeps the run
/// out of a warm host; the gate cross-checks the counts the host prints instead (<see cref="HostResults"/>).
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
        return [assembly, "--settings", settings, "--results-directory", resultsDirectory,
            // One plain line per finished test, no cursor movement: the output is read line by line and kept in logs.
            "--no-ansi", "--progress", "off", "--output", "Detailed"];
    }
}
