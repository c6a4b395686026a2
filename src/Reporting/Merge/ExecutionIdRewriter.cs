using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Reporting.Merge;

/// <summary>
/// Rewrites the execution messages of one input for a merged stream. Test case, step and attempt ids are only
/// unique within a run, so each input's ids get its own prefix; test cases record the run that executed them
/// (<c>testRunStartedId</c>) so the report can tell shards apart; evidence URLs are re-based on the output folder.
/// Definitions (pickles, step definitions, hooks) keep their ids: they are deterministic for a commit.
/// </summary>
internal sealed class ExecutionIdRewriter(string prefix, string? inputRunId, string mergedRunId, Func<string?, string?> rebaseUrl)
{
    /// <summary>The rewritten envelope, or null for messages the merged stream replaces (the input's own run messages).</summary>
    public Envelope? Rewrite(Envelope e) => e switch
    {
        { TestCase: { } c } => Envelope.Create(new TestCase(P(c.Id), c.PickleId,
            c.TestSteps.Select(s => new TestStep(s.HookId, P(s.Id), s.PickleStepId, s.StepDefinitionIds, s.StepMatchArgumentsLists)).ToList(),
            c.TestRunStartedId ?? inputRunId)),
        { TestCaseStarted: { } s } => Envelope.Create(new TestCaseStarted(s.Attempt, P(s.Id), P(s.TestCaseId), Po(s.WorkerId), s.Timestamp)),
        { TestStepStarted: { } s } => Envelope.Create(new TestStepStarted(P(s.TestCaseStartedId), P(s.TestStepId), s.Timestamp)),
        { TestStepFinished: { } s } => Envelope.Create(new TestStepFinished(P(s.TestCaseStartedId), P(s.TestStepId), s.TestStepResult, s.Timestamp)),
        { TestCaseFinished: { } f } => Envelope.Create(new TestCaseFinished(P(f.TestCaseStartedId), f.Timestamp, f.WillBeRetried)),
        { Attachment: { MediaType: Model.RunDescriptor.MediaType, TestRunStartedId: not null } } => null,
        { Attachment: { } a } => Envelope.Create(new Attachment(a.Body, a.ContentEncoding, a.FileName, a.MediaType, a.Source,
            Po(a.TestCaseStartedId), Po(a.TestStepId), rebaseUrl(a.Url), a.TestRunStartedId is null ? null : mergedRunId, Po(a.TestRunHookStartedId), a.Timestamp)),
        { ExternalAttachment: { } a } => Envelope.Create(new ExternalAttachment(rebaseUrl(a.Url), a.MediaType,
            Po(a.TestCaseStartedId), Po(a.TestStepId), Po(a.TestRunHookStartedId), a.Timestamp)),
        { TestRunHookStarted: { } h } => Envelope.Create(new TestRunHookStarted(P(h.Id), mergedRunId, h.HookId, Po(h.WorkerId), h.Timestamp)),
        { TestRunHookFinished: { } h } => Envelope.Create(new TestRunHookFinished(P(h.TestRunHookStartedId), h.Result, h.Timestamp)),
        _ => null,
    };

    /// <summary>Whether the envelope is an execution message this rewriter handles.</summary>
    public static bool IsExecution(Envelope e) =>
        e.TestCase is not null || e.TestCaseStarted is not null || e.TestStepStarted is not null || e.TestStepFinished is not null
        || e.TestCaseFinished is not null || e.Attachment is not null || e.ExternalAttachment is not null
        || e.TestRunHookStarted is not null || e.TestRunHookFinished is not null;

    private string P(string id) => prefix + id;

    private string? Po(string? id) => id is null ? null : prefix + id;
}
