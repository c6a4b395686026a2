namespace Cdp.TicketE2E.Specs.Traceability;

/// <summary>The kinds of break in the chain requirement → scenario → bound steps.</summary>
public enum LintFindingKind
{
    /// <summary>The requirements catalog does not load (a <see cref="Catalog.CatalogProblem"/>).</summary>
    InvalidCatalog,

    /// <summary>A feature file does not parse, so its scenarios cannot be checked.</summary>
    FeatureDoesNotParse,

    /// <summary>Two catalog entries share an id.</summary>
    DuplicateRequirementId,

    /// <summary>A scenario carries no <c>@req:</c> tag.</summary>
    MissingRequirementTag,

    /// <summary>A <c>@req:</c> tag names an id the catalog does not hold.</summary>
    UnknownRequirement,

    /// <summary>A scenario carries neither <c>@web</c> nor <c>@mobile</c>.</summary>
    MissingPlatformTag,

    /// <summary>A scenario carries both <c>@web</c> and <c>@mobile</c>, so no single channel can run it.</summary>
    ConflictingPlatformTags,

    /// <summary>A scenario's platform is not one its requirement applies to.</summary>
    PlatformNotApplicable,

    /// <summary>A requirement has no scenario on one of its platforms.</summary>
    UncoveredRequirement,

    /// <summary>A <c>@depends:</c> tag names an open question none of the scenario's requirements declares.</summary>
    UndeclaredDependency,

    /// <summary>A step matches no step definition.</summary>
    UndefinedStep,

    /// <summary>A step matches more than one step definition.</summary>
    AmbiguousStep,

    /// <summary>A step matches only step definitions scoped to tags its scenario does not carry.</summary>
    OutOfScopeStep,

    /// <summary>A step definition no step of any scenario uses.</summary>
    UnusedStepDefinition,
}

/// <summary>A place in a file: <c>web/create-ticket.feature:12</c> or <c>features/requirements.yaml:40</c>.</summary>
/// <param name="File">The file, as the caller named it.</param>
/// <param name="Line">1-based line.</param>
public readonly record struct SourceLocation(string File, long Line)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>One problem the traceability lint found.</summary>
/// <param name="Kind">What kind of break it is.</param>
/// <param name="Location">Where to fix it.</param>
/// <param name="Subject">What it is about: a requirement id, a tag, a step text or a scenario name.</param>
/// <param name="Problem">What is wrong, in one sentence.</param>
/// <param name="Fix">What to do about it.</param>
public sealed record LintFinding(LintFindingKind Kind, SourceLocation Location, string Subject, string Problem, string Fix)
{
    /// <summary>One line, e.g. <c>web/a.feature:12: UnknownRequirement [WEB-99] … Fix: …</c>.</summary>
    public override string ToString() => $"{Location}: {Kind} [{Subject}] {Problem} Fix: {Fix}";
}
