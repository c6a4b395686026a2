using Cdp.TicketE2E.Reporting.Model;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Reporting.Reading;

/// <summary>Reads a Cucumber Messages stream into a <see cref="RunModel"/>: one result per pickle, retries and shards resolved.</summary>
public static class RunModelReader
{
    /// <summary>Builds the model from envelopes in stream order.</summary>
    public static RunModel Read(IEnumerable<Envelope> envelopes)
    {
        var index = StreamIndex.Build(envelopes);
        var run = RunInfoReader.Read(index);
        var inconsistencies = new List<string>();
        var attemptsByPickle = CollectAttempts(index, run.Id, inconsistencies);
        var notes = new List<string>();
        var scenarios = index.Pickles
            .Select(p => Resolve(p, attemptsByPickle.GetValueOrDefault(p.Id) ?? [], notes))
            .ToList();
        var parseErrors = index.ParseErrors.Select(e => new ParseFailure(
            e.Source?.Uri ?? "(unknown file)", e.Source?.Location?.Line, e.Source?.Location?.Column, e.Message)).ToList();
        return new RunModel(run, scenarios, parseErrors, inconsistencies, notes);
    }

    private static Dictionary<string, List<AttemptResult>> CollectAttempts(StreamIndex index, string? runId, List<string> inconsistencies)
    {
        var builder = new AttemptBuilder(index, GherkinKeywords.From(index.Documents), runId);
        var pickles = index.Pickles.ToDictionary(p => p.Id);
        var result = new Dictionary<string, List<AttemptResult>>();
        var seenStarts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in index.Starts.Where(s => seenStarts.Add(s.Id)))
        {
            if (!index.TestCases.TryGetValue(start.TestCaseId, out var testCase))
                inconsistencies.Add($"testCaseStarted {start.Id} refers to test case {start.TestCaseId}, which the stream does not define.");
            else if (!pickles.TryGetValue(testCase.PickleId, out var pickle))
                inconsistencies.Add($"test case {testCase.Id} runs pickle {testCase.PickleId}, which the stream does not define.");
            else
            {
                if (!result.TryGetValue(pickle.Id, out var list)) result[pickle.Id] = list = [];
                list.Add(builder.Build(start, testCase, pickle));
            }
        }
        return result;
    }

    private static ScenarioResult Resolve(Pickle pickle, IReadOnlyList<AttemptResult> attempts, List<string> notes)
    {
        var info = new PickleInfo(pickle.Id, pickle.Uri, pickle.Location?.Line ?? 0, pickle.Name, pickle.Tags.Select(t => t.Name).ToList());
        var choice = AttemptChains.Choose(attempts);
        var superseded = choice.Superseded
            .Select(chain => $"run {chain[0].RunId ?? "(this run)"}: {ScenarioStatusRules.Of(chain)} after {chain.Count} attempt(s)")
            .ToList();
        if (superseded.Count > 0)
            notes.Add($"{info.Location} \"{info.Name}\" was executed {superseded.Count + 1} times; the latest execution counts, superseding {string.Join("; ", superseded)}.");
        return new ScenarioResult(info, ScenarioStatusRules.Of(choice.Counting), choice.Counting, superseded);
    }
}
