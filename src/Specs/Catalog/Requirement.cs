namespace Cdp.TicketE2E.Specs.Catalog;

/// <summary>A platform a requirement applies to; the feature tag is the lower-case name (<c>@web</c>, <c>@mobile</c>).</summary>
public enum Platform { Web, Mobile }

/// <summary>Whether a requirement is stated by a source document or derived by the harness from one.</summary>
public enum RequirementOrigin { Stated, Derived }

/// <summary>One testable requirement of the initiative, as listed in <c>features/requirements.yaml</c>.</summary>
/// <param name="Id">Stable id, also the feature tag suffix: <c>@req:{Id}</c>.</param>
/// <param name="Statement">One line, in the harness's own words.</param>
/// <param name="Source">Document and section or story id it comes from.</param>
/// <param name="Platforms">The platforms on which it must be shown to hold.</param>
/// <param name="Origin">Stated in the source, or derived by us.</param>
/// <param name="DerivedFrom">For a derived requirement: what it was derived from.</param>
/// <param name="DependsOn">Open questions (e.g. OQ-6) whose answer the scenarios keep configurable.</param>
public sealed record Requirement(
    string Id,
    string Statement,
    string Source,
    IReadOnlyList<Platform> Platforms,
    RequirementOrigin Origin,
    string? DerivedFrom,
    IReadOnlyList<string> DependsOn)
{
    /// <summary>The feature-file tag that maps a scenario to this requirement.</summary>
    public string Tag => RequirementTag.Prefix + Id;
}

/// <summary>The tag conventions that link scenarios to requirements and platforms.</summary>
public static class RequirementTag
{
    /// <summary>Prefix of a requirement tag, as written in a feature file: <c>@req:WEB-04</c>.</summary>
    public const string Prefix = "@req:";

    /// <summary>The platform tag of a platform: <c>@web</c> or <c>@mobile</c>.</summary>
    public static string Of(Platform platform) => "@" + platform.ToString().ToLowerInvariant();

    /// <summary>The requirement id a tag names, or null when the tag is not a requirement tag.</summary>
    public static string? IdOf(string tag) =>
        tag.StartsWith(Prefix, StringComparison.Ordinal) ? tag[Prefix.Length..] : null;
}
