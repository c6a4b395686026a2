using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Reporting.Model;

namespace Cdp.TicketE2E.Reporting.Output.JUnit;

/// <summary>
/// Renders <c>junit.xml</c> for CI systems: one testsuite per feature file, one testcase per pickle (classname = the
/// feature uri). FAILED, UNDEFINED, AMBIGUOUS, UNKNOWN (and FLAKY under the failing policy) are failures; PENDING,
/// SKIPPED and NOT RUN are skipped; a feature that does not parse is an error.
/// </summary>
public static class JUnitWriter
{
    /// <summary>The XML text of a report.</summary>
    public static string Render(CoverageReport report)
    {
        var suites = report.Run.Scenarios.GroupBy(s => s.Pickle.Uri)
            .Select(g => Suite(g.Key, g.Select(s => Case(s, report.Policy)).ToList(), report.Run.Run))
            .Concat(report.Run.ParseErrors.GroupBy(e => e.Uri).Select(g => Suite(g.Key, g.Select(ParseErrorCase).ToList(), report.Run.Run)))
            .ToList();
        var root = new XElement("testsuites",
            new XAttribute("name", "Cdp.TicketE2E"),
            Totals(suites.SelectMany(s => s.Elements("testcase"))),
            suites);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + Environment.NewLine + root;
    }

    /// <summary>What a scenario is in JUnit terms: "passed", "failure" or "skipped".</summary>
    public static string OutcomeOf(ScenarioStatus status, FlakyPolicy policy) => status switch
    {
        ScenarioStatus.Passed => "passed",
        ScenarioStatus.Flaky => policy == FlakyPolicy.CountsAsPassing ? "passed" : "failure",
        ScenarioStatus.Pending or ScenarioStatus.Skipped or ScenarioStatus.NotRun => "skipped",
        _ => "failure",
    };

    private static XElement Suite(string uri, IReadOnlyList<XElement> cases, RunInfo run) => new("testsuite",
        new XAttribute("name", Clean(uri)),
        Totals(cases),
        run.Started is { } started ? new XAttribute("timestamp", started.UtcDateTime.ToString("s", CultureInfo.InvariantCulture)) : null,
        new XElement("properties",
            new XElement("property", new XAttribute("name", "runId"), new XAttribute("value", run.Id ?? "")),
            new XElement("property", new XAttribute("name", "commit"), new XAttribute("value", run.Commit ?? "")),
            new XElement("property", new XAttribute("name", "target"), new XAttribute("value", run.Target))),
        cases);

    private static XElement Case(ScenarioResult scenario, FlakyPolicy policy)
    {
        var final = scenario.FinalAttempt;
        var element = new XElement("testcase",
            new XAttribute("name", Clean($"{scenario.Pickle.Name} [{scenario.Pickle.Location}]")),
            new XAttribute("classname", Clean(scenario.Pickle.Uri)),
            new XAttribute("time", Seconds(final?.Duration ?? TimeSpan.Zero)));
        var status = StatusText.Of(scenario.Status);
        switch (OutcomeOf(scenario.Status, policy))
        {
            case "failure":
                var error = scenario.Status == ScenarioStatus.Flaky ? scenario.Attempts[0].Error : final?.Error;
                element.Add(new XElement("failure", new XAttribute("type", status),
                    new XAttribute("message", Clean($"{status}: {FirstLine(error) ?? "no error message"}")), Clean(Transcript(scenario))));
                break;
            case "skipped":
                element.Add(new XElement("skipped", new XAttribute("message",
                    Clean(scenario.Status == ScenarioStatus.NotRun ? "NOT RUN: not executed in this run" : $"{status}: {FirstLine(final?.Error) ?? "steps not executed"}"))));
                break;
            default:
                if (scenario.Status == ScenarioStatus.Flaky) element.Add(new XElement("system-out", Clean(Transcript(scenario))));
                break;
        }
        return element;
    }

    private static XElement ParseErrorCase(ParseFailure error) => new("testcase",
        new XAttribute("name", Clean($"(feature does not parse) [{error.Location}]")),
        new XAttribute("classname", Clean(error.Uri)),
        new XAttribute("time", "0"),
        new XElement("error", new XAttribute("type", "PARSE_ERROR"), new XAttribute("message", Clean(error.Message)), Clean(error.Location)));

    private static XAttribute[] Totals(IEnumerable<XElement> testCases)
    {
        var cases = testCases.ToList();
        var time = cases.Sum(c => double.Parse((string)c.Attribute("time")!, CultureInfo.InvariantCulture));
        return
        [
            new("tests", cases.Count),
            new("failures", cases.Count(c => c.Element("failure") is not null)),
            new("errors", cases.Count(c => c.Element("error") is not null)),
            new("skipped", cases.Count(c => c.Element("skipped") is not null)),
            new("time", time.ToString("0.###", CultureInfo.InvariantCulture)),
        ];
    }

    /// <summary>Drops characters XML 1.0 cannot carry (e.g. ANSI escapes in driver errors), which would make the writer throw.</summary>
    private static string Clean(string text) => string.Concat(text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)));

    private static string Transcript(ScenarioResult scenario)
    {
        var text = new StringBuilder();
        foreach (var attempt in scenario.Attempts)
        {
            text.AppendLine($"Attempt {attempt.Attempt + 1}: {attempt.Status}");
            foreach (var step in attempt.Steps) text.AppendLine($"  {step.Status,-9} {step.Display}");
            if (attempt.Error is { } error) text.AppendLine(error);
            foreach (var evidence in attempt.Evidence.Where(e => e.Url is not null)) text.AppendLine($"  evidence: {evidence.Url}");
        }
        return text.ToString();
    }

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    private static string? FirstLine(string? text) => text?.Split('\n', 2)[0].Trim() is { Length: > 0 } line ? line : null;
}
