using Cdp.TicketE2E.ReferenceApps.Web;

namespace Cdp.TicketE2E.Steps.Configuration;

/// <summary>Settings of the embedded default target (the reference apps the harness serves).</summary>
public sealed record ReferenceAppSettings
{
    /// <summary>Defects to seed into the reference apps, to prove the scenarios catch them (names of <see cref="SeededDefect"/>).</summary>
    public string[] Defects { get; init; } = [];

    /// <summary>The seeded defects, parsed; a wrong name fails with the allowed names.</summary>
    public IReadOnlySet<SeededDefect> ParsedDefects() => Defects
        .Where(name => name.Length > 0)
        .Select(name => Enum.TryParse<SeededDefect>(name, ignoreCase: true, out var defect)
            ? defect
            : throw new SettingsException($"E2E:ReferenceApps:Defects has '{name}', which is not a seeded defect. Allowed: {string.Join(", ", Enum.GetNames<SeededDefect>())}."))
        .ToHashSet();
}
