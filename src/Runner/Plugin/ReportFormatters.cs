using Reqnroll.Formatters.Configuration;

namespace Cdp.TicketE2E.Runner.Plugin;

/// <summary>
/// Reqnroll's formatters write into the run's own reports folder (not where reqnroll.json or REQNROLL_FORMATTERS would say):
/// the Cucumber Messages stream every report is built from, and Reqnroll's HTML step view. No reports folder, no output.
/// </summary>
public sealed class ReportFormatters(RunnerOptions options) : IFormattersConfigurationProvider
{
    public bool Enabled => options.ReportsDirectory is not null;

    public IDictionary<string, object>? GetFormatterConfigurationByName(string formatterName) => (options.ReportsDirectory, formatterName) switch
    {
        ({ } reports, "message") => new Dictionary<string, object> { ["outputFilePath"] = Path.Combine(reports, "cucumber.ndjson") },
        ({ } reports, "html") => new Dictionary<string, object> { ["outputFilePath"] = Path.Combine(reports, "cucumber.html") },
        _ => null,
    };

    public string ResolveTemplatePlaceholders(string template) => template;
}
