using System.Text.RegularExpressions;
using Cdp.TicketE2E.Cli.Execution;
using Cdp.TicketE2E.FeatureFiles;

namespace Cdp.TicketE2E.Cli.Planning;

/// <summary>
/// The exact scenarios a run executes when <c>--shard</c> or <c>--last-failed</c> narrows the selection: picked here from
/// the parsed features and handed to the test host by their keys, so the host runs exactly the slice that was planned
/// and listed. <paramref name="Where"/> (a raw NUnit expression) is the one filter only the host evaluates, after slicing.
/// </summary>
internal sealed record RunPlan(IReadOnlyList<ScenarioCase> Scenarios, string Headline, string Selection, string? Where, bool IsShard)
{
    /// <summary>No plan (null) when neither option is given; else the plan, or the problem that stops the run.</summary>
    public static (string? Problem, RunPlan? Plan) Resolve(SuiteRunOptions options, FeatureSet features)
    {
        if (options.Shard is null && !options.LastFailed) return (null, null);
        var selection = options.Selection with { Where = null };
        var scenarios = features.Scenarios.Where(s => selection.Matches(s.DisplayName, s.Tags) == true).ToList();
        List<string> headline = [], described = [options.Selection.Describe()];
        if (options.LastFailed)
        {
            var (keys, text) = LastFailed.Read(options.ReportsDirectory, options.Report.ExpectedCommit ?? Repository.Commit());
            if (keys is null) return (text, null);
            var rerun = scenarios.Where(s => keys.Contains(s.Key)).ToList();
            if (rerun.Count == 0)
                return ($"--last-failed: none of {text} is {(selection.IsEverything ? "in the feature files any more" : "selected by " + selection.AsOptions())}: " +
                        $"{string.Join(", ", keys.Order(StringComparer.Ordinal))}.", null);
            scenarios = rerun;
            headline.Add($"Rerunning {text}" + (rerun.Count < keys.Count ? $" ({keys.Count - rerun.Count} of them not selected)" : ""));
            described.Add("last failed");
        }
        if (options.Shard is not null)
        {
            var shard = ShardSpec.Parse(options.Shard).Shard ?? throw new ArgumentException($"Unchecked --shard value {options.Shard}.");
            var plan = ShardPlan.Make(scenarios.Select(s => s.Key).ToList(), HistoryDurations.Read(options.Report.ResolvedHistoryDir), shard.Count);
            var slice = plan.Slice(shard.Index).ToHashSet(StringComparer.Ordinal);
            headline.Add($"Shard {shard}: {slice.Count} of {scenarios.Count} scenario(s), {Balance(plan, shard.Index, options.Report.ResolvedHistoryDir)}");
            described.Add($"shard {shard} plan {plan.Fingerprint}");
            scenarios = scenarios.Where(s => slice.Contains(s.Key)).ToList();
        }
        return (null, new RunPlan(scenarios, string.Join("; ", headline), string.Join(" | ", described.Where(d => d.Length > 0)), options.Selection.Where,
            IsShard: options.Shard is not null));
    }

    /// <summary>The host's selection: exactly these scenarios, by the <c>[uri:line]</c> token that ends every test name.</summary>
    public string ToNUnitWhere()
    {
        var keys = string.Join('|', Scenarios.Select(s => Regex.Escape(s.Key)));
        var exact = $"name =~ {ScenarioSelection.Quote($@"\[(?:{keys})\]$")}";
        return Where is null ? exact : $"{exact} && ({Where})";
    }

    /// <summary>Prints the planned scenarios as --list does.</summary>
    public int List(TextWriter output)
    {
        foreach (var scenario in Scenarios) output.WriteLine($"{scenario.DisplayName}  {string.Join(' ', scenario.Tags)}");
        output.WriteLine($"{Scenarios.Count} scenario(s). {Headline}." + (Where is null ? "" : " --where is applied by the test host, after this."));
        return 0;
    }

    private static string Balance(ShardPlan plan, int index, string history)
    {
        var (slice, total) = plan.Load(index);
        return plan.ByDuration
            ? $"balanced by the durations in {history} (≈ {slice / 1000.0:0} s of {total / 1000.0:0} s; plan {plan.Fingerprint})"
            : $"balanced by count: {history} has no durations for them (plan {plan.Fingerprint})";
    }
}
