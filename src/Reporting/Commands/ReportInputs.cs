using Cdp.TicketE2E.Reporting.Gate;
using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Reporting.Reading;
using Cdp.TicketE2E.Specs.Catalog;

namespace Cdp.TicketE2E.Reporting.Commands;

/// <summary>Loads what a command judges (stream and catalog), turning every failure into a <see cref="BadInputException"/> that says what to do.</summary>
internal static class ReportInputs
{
    public static CoverageReport Analyze(GateOptions options)
    {
        var catalog = LoadCatalog(options);
        var model = RunModelReader.Read(StreamFile.Read(options.ResolvedStreamPath));
        return CoverageReport.Create(model, catalog, options.FlakyPolicy, new RunExpectations(options.ExpectedCommit, options.ExpectedTarget, options.HostCounts));
    }

    private static RequirementsCatalog LoadCatalog(GateOptions options)
    {
        if (!File.Exists(options.CatalogPath))
            throw new BadInputException($"No requirements catalog at {options.CatalogPath}. Pass the catalog file (features/requirements.yaml) or run from the repository root.");
        try
        {
            return options.LoadCatalog(options.CatalogPath);
        }
        catch (Exception e) when (e is not BadInputException and not OutOfMemoryException)
        {
            throw new BadInputException($"The requirements catalog {options.CatalogPath} cannot be loaded: {e.Message} Fix the file (`./e2e lint` names the problem).", e);
        }
    }
}
