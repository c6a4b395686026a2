using Cucumber.Messages;
using Gherkin.CucumberMessages;
using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters.ExecutionTracking;
using Reqnroll.Formatters.PayloadProcessing;

namespace Cdp.TicketE2E.Runner.Plugin;

/// <summary>
/// Reqnroll's Cucumber message factory with what the reports rely on: the run's id (for the run attachment); hooks named
/// after their method; evidence under the reports folder linked by a relative url instead of copied base64 into the stream
/// (a failed run's traces stay beside it); and a SKIPPED step's reason, which Reqnroll drops, so NOT RUN says why.
/// </summary>
public sealed class ReportMessages(RunnerOptions options) : CucumberMessageFactory
{
    /// <summary>The id of this run's <c>testRunStarted</c>, once it is published.</summary>
    public string? TestRunStartedId { get; private set; }

    public override TestRunStarted ToTestRunStarted(DateTime timestamp, string id)
    {
        TestRunStartedId = id;
        return base.ToTestRunStarted(timestamp, id);
    }

    public override Hook ToHook(IHookBinding hookBinding, IIdGenerator iDGenerator)
    {
        var hook = base.ToHook(hookBinding, iDGenerator);
        return new Hook(hook.Id, $"{hookBinding.Method.Type.Name}.{hookBinding.Method.Name}", hook.SourceReference, hook.TagExpression, hook.Type);
    }

    public override Attachment ToAttachment(AttachmentTracker tracker)
    {
        var reports = options.ReportsDirectory;
        if (reports is null || !Path.GetFullPath(tracker.FilePath).StartsWith(Path.GetFullPath(reports) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return base.ToAttachment(tracker);
        var url = Path.GetRelativePath(reports, tracker.FilePath).Replace('\\', '/');
        return new Attachment("", AttachmentContentEncoding.IDENTITY, Path.GetFileName(tracker.FilePath), MediaTypeOf(tracker.FilePath), null!,
            tracker.TestCaseStartedId, tracker.TestCaseStepId, url, tracker.TestRunStartedId, tracker.TestRunHookStartedId, Converters.ToTimestamp(tracker.Timestamp.ToUniversalTime()));
    }

    public override TestStepFinished ToTestStepFinished(TestStepExecutionTracker tracker)
    {
        var finished = base.ToTestStepFinished(tracker);
        var result = finished.TestStepResult;
        if (result.Status != TestStepResultStatus.SKIPPED || tracker.Exception is null) return finished;
        return new TestStepFinished(finished.TestCaseStartedId, finished.TestStepId,
            new TestStepResult(result.Duration, tracker.Exception.Message, result.Status, result.Exception), finished.Timestamp);
    }

    // Reqnroll's map lacks .zip, the Playwright trace.
    private static string MediaTypeOf(string path) => Path.GetExtension(path).Equals(".zip", StringComparison.OrdinalIgnoreCase)
        ? "application/zip" : FileExtensionToMimeTypeMap.GetMimeType(Path.GetExtension(path));
}
