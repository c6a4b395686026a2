using System.Text.RegularExpressions;
using Cdp.TicketE2E.Reporting.Model;

namespace Cdp.TicketE2E.Reporting.Merge;

/// <summary>
/// What a merge can tell about the shards it was given, from the <c>shard i/n plan FINGERPRINT</c> mark that
/// <c>./e2e run --shard</c> puts in a run's selection: shards cut by different plans (their slices may overlap or leave
/// gaps), and shards of a plan that are missing (their scenarios show NOT RUN).
/// </summary>
internal static partial class ShardPlanNotes
{
    public static IEnumerable<string> Of(IReadOnlyList<RunDescriptor> constituents)
    {
        var shards = constituents.Select(c => ShardMark().Match(c.Selection ?? "")).Where(m => m.Success)
            .Select(m => (Index: Number(m.Groups[1]), Count: Number(m.Groups[2]), Plan: m.Groups[3].Value)).ToList();
        var plans = shards.Select(s => (s.Count, s.Plan)).Distinct().ToList();
        if (plans.Count > 1)
        {
            yield return $"The shards were cut by different plans ({string.Join("; ", shards.Select(s => $"shard {s.Index}/{s.Count} plan {s.Plan}"))}): " +
                         "some scenarios may have run twice and others not at all. Give every shard the same --history and the same selection, then rerun them.";
            yield break;
        }
        if (plans.Count == 0) yield break;
        var (count, plan) = plans[0];
        var missing = Enumerable.Range(1, count).Except(shards.Select(s => s.Index)).ToList();
        if (missing.Count > 0)
            yield return $"Shard(s) {string.Join(", ", missing.Select(i => $"{i}/{count}"))} of plan {plan} are not in the merge: their scenarios show NOT RUN.";
    }

    private static int Number(Group digits) => int.Parse(digits.Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\bshard (\d+)/(\d+) plan ([0-9a-f]+)")]
    private static partial Regex ShardMark();
}
