using System.Text.Json;
using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.FeatureFiles;
using Cdp.TicketE2E.Runner.Glue;
using Cdp.TicketE2E.Runner.Plugin;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Steps.Suite;

/// <summary>Starts the suite's run on Reqnroll: settings, features, and the run attachment that names commit, target and selection.</summary>
internal static class SuiteRun
{
    /// <summary>Media type of the run attachment the reports read the run's identity from.</summary>
    private const string RunInfoMediaType = "application/vnd.cdp-e2e.run+json";

    public static async Task<ReqnrollRun> StartAsync(HarnessSettings settings)
    {
        var features = FeatureSet.Load(settings.Paths.Features);
        // Evidence belongs to its run: an earlier run's files must never be taken for this one's.
        var evidence = Path.Combine(settings.Paths.Reports, "evidence");
        if (Directory.Exists(evidence)) Directory.Delete(evidence, recursive: true);
        var options = new RunnerOptions(settings.Paths.Reports, TimeSpan.FromSeconds(settings.Run.StepTimeoutSeconds), settings.Run.Retries);
        return await ReqnrollRun.StartAsync(typeof(SuiteRun).Assembly, features, options, runId => RunAttachment(runId, settings));
    }

    private static Attachment RunAttachment(string runId, HarnessSettings settings)
    {
        var info = JsonSerializer.Serialize(new
        {
            runId, commit = settings.Run.Commit, target = settings.Target.ToString().ToLowerInvariant(), startedAt = DateTimeOffset.UtcNow, selection = settings.Run.Selection,
        });
        return new Attachment(info, AttachmentContentEncoding.IDENTITY, "run.json", RunInfoMediaType, null!, null!, null!, null!, runId, null!, null!);
    }
}
