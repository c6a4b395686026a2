using Cdp.TicketE2E.FeatureFiles;
using Cdp.TicketE2E.Specs.Catalog;
using Cdp.TicketE2E.Specs.Traceability;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Tests.Specs;

/// <summary>Small in-memory catalogs, feature sets and binding dry runs for the lint tests.</summary>
internal static class LintFixtures
{
    /// <summary>ANC-01 on both platforms, WEB-01 on web, at catalog lines 10 and 15.</summary>
    public static readonly RequirementsCatalog WebAndMobile =
        Catalog(Requirement("ANC-01", Platform.Web, Platform.Mobile), Requirement("WEB-01", Platform.Web));

    /// <summary>One outline covering both: its @web row is line 8, its @mobile row line 12.</summary>
    public const string Covering = """
        Feature: F
          @req:ANC-01
          Scenario Outline: Shared
            Given a step
            @web @req:WEB-01
            Examples:
              | x |
              | 1 |
            @mobile
            Examples:
              | x |
              | 2 |
        """;

    public static Requirement Requirement(string id, params Platform[] platforms) =>
        new(id, $"Statement of {id}.", "test", platforms, RequirementOrigin.Stated, null, []);

    public static Requirement RequirementDependingOn(string id, Platform platform, params string[] dependsOn) =>
        new(id, $"Statement of {id}.", "test", [platform], RequirementOrigin.Stated, null, dependsOn);

    public static RequirementsCatalog Catalog(params Requirement[] requirements) =>
        new(requirements, "requirements.yaml", requirements.Select((_, index) => 10 + index * 5).ToList());

    public static FeatureSet Features(params (string Uri, string Text)[] files) =>
        FeatureSet.FromTexts(files.Select(f => KeyValuePair.Create(f.Uri, f.Text)));

    public static IStepBindings AllBound { get; } = new Answering(_ => StepBindingStatus.Bound);

    /// <summary>A dry run that answers from the step alone and has no step definitions of its own (so none is unused).</summary>
    public sealed class Answering(Func<PickleStep, StepBindingResult> bind) : IStepBindings
    {
        public StepBindingResult Bind(ScenarioCase scenario, PickleStep step) => bind(step);

        public IReadOnlyList<string> Unused() => [];
    }

    public static LintReport Lint(RequirementsCatalog catalog, params (string Uri, string Text)[] files) =>
        TraceabilityLint.Check(catalog, Features(files), AllBound);
}
