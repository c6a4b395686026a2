using Cdp.TicketE2E.Specs.Catalog;

namespace Cdp.TicketE2E.Specs.Traceability;

/// <summary>
/// The tag marking a scenario whose outcome hangs on an open question: <c>@depends:OQ-6</c>.
/// Such scenarios stay runnable; the harness configuration states the answer they assume.
/// </summary>
public static class DependencyTag
{
    /// <summary>Prefix of a dependency tag as written in a feature file.</summary>
    public const string Prefix = "@depends:";

    /// <summary>The open question a tag names, or null when the tag is not a dependency tag.</summary>
    public static string? IdOf(string tag) =>
        tag.StartsWith(Prefix, StringComparison.Ordinal) ? tag[Prefix.Length..] : null;
}

/// <summary>What a scenario's (inherited) tags say about traceability.</summary>
internal sealed record ScenarioTags(
    IReadOnlyList<Platform> Platforms,
    IReadOnlyList<string> RequirementIds,
    IReadOnlyList<string> Dependencies)
{
    public static ScenarioTags Of(IReadOnlyList<string> tags) => new(
        Enum.GetValues<Platform>().Where(p => tags.Contains(RequirementTag.Of(p), StringComparer.Ordinal)).ToList(),
        tags.Select(RequirementTag.IdOf).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
        tags.Select(DependencyTag.IdOf).OfType<string>().Distinct(StringComparer.Ordinal).ToList());
}
