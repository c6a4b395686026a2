using System.Runtime.InteropServices;
using System.Text.Json;
using Cdp.TicketE2E.Runner.Bindings;
using Cdp.TicketE2E.Runner.Features;
using Cdp.TicketE2E.Runner.Messages;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Runner.Execution;

/// <summary>
/// The messages a run publishes before any scenario: meta, run start, the run's identity, every
/// feature (selected or not, so reports can tell NOT RUN from UNCOVERED), and every binding.
/// </summary>
internal static class RunPreamble
{
    /// <summary>Media type of the run-identity attachment that reports read run id, commit and target from.</summary>
    public const string RunInfoMediaType = "application/vnd.cdp-e2e.run+json";

    public static void Publish(TestRunOptions options, FeatureSet features, BindingRegistry bindings)
    {
        var sink = options.Sink;
        sink.Publish(Envelope.Create(Meta(options)));
        sink.Publish(Envelope.Create(new TestRunStarted(Clock.Now(), options.RunId)));
        var info = JsonSerializer.Serialize(new { runId = options.RunId, commit = options.Commit, target = options.Target, startedAt = DateTimeOffset.UtcNow, selection = options.Selection });
        sink.Publish(Envelope.Create(new Attachment(info, AttachmentContentEncoding.IDENTITY, "run.json", RunInfoMediaType, null!, null!, null!, null!, options.RunId, null!, Clock.Now())));
        foreach (var source in features.Sources) sink.Publish(Envelope.Create(source));
        foreach (var error in features.ParseErrors)
            sink.Publish(Envelope.Create(new ParseError(new SourceReference(error.Uri, null!, null!, new Location(error.Line, error.Column)), error.Message)));
        foreach (var document in features.Documents) sink.Publish(Envelope.Create(document));
        foreach (var scenario in features.Scenarios) sink.Publish(Envelope.Create(scenario.Pickle));
        foreach (var step in bindings.Steps)
            sink.Publish(Envelope.Create(new StepDefinition(step.Id,
                new StepDefinitionPattern(step.Expression.Source, step.Expression.IsRegularExpression ? StepDefinitionPatternType.REGULAR_EXPRESSION : StepDefinitionPatternType.CUCUMBER_EXPRESSION),
                SourceReferenceOf(step.Method))));
        foreach (var hook in bindings.Hooks.Where(h => h.Kind is HookKind.BeforeScenario or HookKind.AfterScenario).Append(ScenarioTeardown.Hook))
            sink.Publish(Envelope.Create(new Hook(hook.Id, hook.MethodName, SourceReferenceOf(hook.Method),
                string.Join(" or ", hook.Tags), hook.Kind == HookKind.BeforeScenario ? HookType.BEFORE_TEST_CASE : HookType.AFTER_TEST_CASE)));
    }

    private static Meta Meta(TestRunOptions options)
    {
        var ci = Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ? "ci" : "local";
        return new Meta(
            typeof(Envelope).Assembly.GetName().Version?.ToString(3) ?? "35.0.0",
            new Product("cdp-ticket-e2e", typeof(TestRun).Assembly.GetName().Version?.ToString() ?? "0"),
            new Product(".NET", Environment.Version.ToString()),
            new Product(RuntimeInformation.OSDescription, null!),
            new Product(RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant(), null!),
            new Ci(ci, null!, null!, new Git("", options.Commit, null!, null!)));
    }

    private static SourceReference SourceReferenceOf(System.Reflection.MethodInfo method) =>
        new(null!, new JavaMethod(method.DeclaringType?.FullName!, method.Name, method.GetParameters().Select(p => p.ParameterType.Name).ToList()), null!, null!);
}
