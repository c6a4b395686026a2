using Cdp.TicketE2E.Specs.Catalog;

namespace Cdp.TicketE2E.Reporting.Model;

/// <summary>One compiled scenario (or example row) as the stream describes it, with the tags that map it.</summary>
/// <param name="Id">The pickle id, deterministic for a commit.</param>
/// <param name="Uri">The feature file, relative to the repository (e.g. <c>features/web/create.feature</c>).</param>
/// <param name="Line">The line of the scenario, or of the example row for an outline.</param>
/// <param name="Name">The scenario name.</param>
/// <param name="Tags">Every tag, inherited ones included, in pickle order.</param>
public sealed record PickleInfo(string Id, string Uri, long Line, string Name, IReadOnlyList<string> Tags)
{
    /// <summary><c>uri:line</c>, the address people paste into an editor.</summary>
    public string Location => $"{Uri}:{Line}";

    /// <summary>The platforms this pickle runs on, from its <c>@web</c> / <c>@mobile</c> tags.</summary>
    public IReadOnlyList<Platform> Platforms { get; } =
        Enum.GetValues<Platform>().Where(p => Tags.Contains(RequirementTag.Of(p), StringComparer.Ordinal)).ToList();

    /// <summary>The requirement ids named by its <c>@req:</c> tags, without duplicates.</summary>
    public IReadOnlyList<string> RequirementIds { get; } =
        Tags.Select(RequirementTag.IdOf).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}
