using Cdp.TicketE2E.Specs.Catalog;

namespace Cdp.TicketE2E.Tests.Reporting.Fixtures;

/// <summary>Catalogs built in code (the YAML loader is another part's job).</summary>
public static class TestCatalogs
{
    public static Requirement Requirement(string id, params Platform[] platforms) =>
        new(id, $"Statement of {id}", $"PRD section {id}", platforms, RequirementOrigin.Stated, null, []);

    public static RequirementsCatalog Of(params Requirement[] requirements) => new(requirements);
}
