using Cdp.TicketE2E.ReferenceApps.Web;

namespace Cdp.TicketE2E.Configuration;

/// <summary>Settings of the in-repo targets' apps (the reference apps and the Vue page the harness serves).</summary>
public sealed record ReferenceAppSettings
{
    /// <summary>
    /// Defects to seed, to prove the scenarios catch them: names of <see cref="SeededDefect"/> for the reference target, of
    /// src/CdpWebVue/seeded-defects.json for the Vue target (whose mobile app, the reference one, then runs without defects).
    /// </summary>
    public string[] Defects { get; init; } = [];

    private IEnumerable<string> Named => Defects.Where(name => name.Length > 0);

    /// <summary>The reference apps' seeded defects: parsed for the reference target, none for another.</summary>
    public IReadOnlySet<SeededDefect> ReferenceDefects(TargetKind target) => target == TargetKind.Reference
        ? Named.Select(name => Enum.TryParse<SeededDefect>(name, ignoreCase: true, out var defect)
            ? defect
            : throw Unknown(name, Enum.GetNames<SeededDefect>())).ToHashSet()
        : new HashSet<SeededDefect>();

    /// <summary>Fails fast on a name the target does not have, listing the ones it has; a deployed build has none.</summary>
    public void Validate(TargetKind target, string repositoryRoot)
    {
        if (target == TargetKind.Deployed && Named.Any())
            throw new SettingsException($"E2E:ReferenceApps:Defects is set, but target {target} is a build started elsewhere: seeded defects exist only in the in-repo targets (reference, vue).");
        var known = SeededDefectCatalog.Of(target, repositoryRoot).Select(d => d.Name).ToList();
        if (Named.FirstOrDefault(name => !known.Contains(name, StringComparer.OrdinalIgnoreCase)) is { } unknown) throw Unknown(unknown, known);
    }

    private static SettingsException Unknown(string name, IEnumerable<string> allowed) =>
        new($"E2E:ReferenceApps:Defects has '{name}', which is not a seeded defect of this target. Allowed: {string.Join(", ", allowed)}.");
}
