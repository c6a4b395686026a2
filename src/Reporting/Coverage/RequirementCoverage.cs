using Cdp.TicketE2E.Reporting.Model;
using Cdp.TicketE2E.Specs.Catalog;

namespace Cdp.TicketE2E.Reporting.Coverage;

/// <summary>A requirement on one of its platforms: the scenarios that map to it there and what they say.</summary>
/// <param name="Platform">The platform.</param>
/// <param name="Status">The worst status of its scenarios; UNCOVERED when it has none.</param>
/// <param name="Scenarios">Scenarios tagged with the requirement and the platform.</param>
public sealed record PlatformCoverage(Platform Platform, RequirementStatus Status, IReadOnlyList<ScenarioResult> Scenarios)
{
    /// <summary>Whether any of its scenarios was flaky in this run.</summary>
    public bool HasFlaky => Scenarios.Any(s => s.Status == ScenarioStatus.Flaky);
}

/// <summary>A catalog requirement with its status on each platform it applies to.</summary>
/// <param name="Requirement">The catalog entry.</param>
/// <param name="Platforms">One entry per platform of the requirement, in catalog order.</param>
/// <param name="Overall">The worst platform status (UNCOVERED for a requirement with no platform).</param>
public sealed record RequirementCoverage(Requirement Requirement, IReadOnlyList<PlatformCoverage> Platforms, RequirementStatus Overall)
{
    /// <summary>Whether any scenario of any platform was flaky in this run.</summary>
    public bool HasFlaky => Platforms.Any(p => p.HasFlaky);

    /// <summary>The coverage on a platform, or null when the requirement does not apply to it.</summary>
    public PlatformCoverage? On(Platform platform) => Platforms.FirstOrDefault(p => p.Platform == platform);

    /// <summary>Every distinct scenario mapped to it, across platforms.</summary>
    public IReadOnlyList<ScenarioResult> Scenarios =>
        Platforms.SelectMany(p => p.Scenarios).DistinctBy(s => s.Pickle.Id).ToList();
}
