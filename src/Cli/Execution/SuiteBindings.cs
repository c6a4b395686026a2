using System.Reflection;
using Cdp.TicketE2E.Runner.Bindings;
using Cdp.TicketE2E.Specs.Traceability;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>The suite's step bindings, loaded from the built suite assembly, as a dry-run binder for the lint.</summary>
internal static class SuiteBindings
{
    /// <summary>Loads the bindings without running anything: each step is only matched, never executed.</summary>
    public static Func<PickleStep, StepBindingResult> DryRunBinder(string suiteAssembly)
    {
        if (!File.Exists(suiteAssembly))
            throw new FileNotFoundException($"The suite is not built ({suiteAssembly} is missing). Run it through ./e2e, which builds first.");
        var registry = BindingRegistry.FromAssemblies(Assembly.LoadFrom(suiteAssembly));
        return step =>
        {
            var match = registry.Match(step.Text, step.Type);
            return match.Kind switch
            {
                StepMatchKind.Matched => StepBindingStatus.Bound,
                StepMatchKind.Ambiguous => new StepBindingResult(StepBindingStatus.Ambiguous, match.DescribeAmbiguity(step.Text)),
                _ => new StepBindingResult(StepBindingStatus.Undefined, "suggested binding: " + SnippetGenerator.For(step.Text, step.Type).Split(Environment.NewLine)[0]),
            };
        };
    }
}
