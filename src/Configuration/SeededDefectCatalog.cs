using System.Reflection;
using System.Text.Json;
using Cdp.TicketE2E.ReferenceApps.Web;

namespace Cdp.TicketE2E.Configuration;

/// <summary>A seeded defect of an in-repo target: its name, its track (web or mobile) and the requirements whose scenarios must fail with it.</summary>
public sealed record SeededDefectInfo(string Name, string Track, IReadOnlyList<string> Requirements);

/// <summary>
/// The seeded defects each in-repo target can be started with: the reference apps' <see cref="SeededDefect"/> (with
/// <see cref="BreaksAttribute"/>) and the Vue page's src/CdpWebVue/seeded-defects.json. A deployed build has none.
/// </summary>
public static class SeededDefectCatalog
{
    /// <summary>The target's defects, in declaration order.</summary>
    public static IReadOnlyList<SeededDefectInfo> Of(TargetKind target, string repositoryRoot) => target switch
    {
        TargetKind.Reference => Enum.GetValues<SeededDefect>().Select(Reference).ToList(),
        TargetKind.Vue => Vue(Path.Combine(repositoryRoot, "src", "CdpWebVue", "seeded-defects.json")),
        _ => [],
    };

    private static SeededDefectInfo Reference(SeededDefect defect)
    {
        var breaks = typeof(SeededDefect).GetField(defect.ToString())!.GetCustomAttribute<BreaksAttribute>()
            ?? throw new InvalidOperationException($"SeededDefect.{defect} has no [Breaks(track, requirements)]: say which scenarios must catch it.");
        return new SeededDefectInfo(defect.ToString(), breaks.Track, breaks.Requirements);
    }

    private static List<SeededDefectInfo> Vue(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("defects").EnumerateObject().Select(d =>
        {
            var breaks = d.Value.GetProperty("breaks");
            return new SeededDefectInfo(d.Name, breaks.GetProperty("track").GetString()!,
                breaks.GetProperty("requirements").EnumerateArray().Select(r => r.GetString()!).ToList());
        }).ToList();
    }
}
