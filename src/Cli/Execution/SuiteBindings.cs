using System.Globalization;
using System.Reflection;
using Cdp.TicketE2E.FeatureFiles;
using Cdp.TicketE2E.Runner.Plugin;
using Cdp.TicketE2E.Specs.Traceability;
using Io.Cucumber.Messages.Types;
using Reqnroll;
using Reqnroll.BindingSkeletons;
using Reqnroll.Bindings;
using Reqnroll.Infrastructure;

namespace Cdp.TicketE2E.Cli.Execution;

/// <summary>
/// The suite's step bindings as Reqnroll itself sees them: its binding registry built from the suite assembly, and its
/// match service asked for every step in its scenario's scope. Nothing runs (a dry-run container): the lint's answer is
/// the one the run would get.
/// </summary>
internal sealed class SuiteBindings : IStepBindings
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private readonly IBindingRegistry registry;
    private readonly IStepDefinitionMatchService matcher;
    private readonly IStepDefinitionSkeletonProvider skeletons;
    private readonly HashSet<string> used = [];

    private SuiteBindings(IBindingRegistry registry, IStepDefinitionMatchService matcher, IStepDefinitionSkeletonProvider skeletons) =>
        (this.registry, this.matcher, this.skeletons) = (registry, matcher, skeletons);

    /// <summary>Loads the suite assembly's bindings into a dry-run Reqnroll container.</summary>
    public static SuiteBindings Load(string suiteAssembly)
    {
        if (!File.Exists(suiteAssembly))
            throw new FileNotFoundException($"The suite is not built ({suiteAssembly} is missing). Run it through ./e2e, which builds first.");
        var assembly = Assembly.LoadFrom(suiteAssembly);
        var manager = new RunnerContainerBuilder(new RunnerOptions(null, TimeSpan.FromMinutes(1), DryRun: true)).CreateGlobalContainer(assembly).Resolve<ITestRunnerManager>();
        manager.Initialize(assembly);
        var runner = manager.GetTestRunner();
        var thread = runner.TestThreadContext.TestThreadContainer;
        manager.ReleaseTestRunnerToPool(runner);
        return new SuiteBindings(thread.Resolve<IBindingRegistry>(), thread.Resolve<IStepDefinitionMatchService>(), thread.Resolve<IStepDefinitionSkeletonProvider>());
    }

    /// <inheritdoc />
    public StepBindingResult Bind(ScenarioCase scenario, PickleStep step)
    {
        var type = step.Type switch { PickleStepType.ACTION => StepDefinitionType.When, PickleStepType.OUTCOME => StepDefinitionType.Then, _ => StepDefinitionType.Given };
        var context = new StepContext(scenario.FeatureName, scenario.Pickle.Name, scenario.Tags.Select(t => t.TrimStart('@')), English);
        var table = step.Argument?.DataTable is { } data ? new Table(data.Rows[0].Cells.Select(c => c.Value).ToArray()) : null;
        var instance = new StepInstance(type, (StepDefinitionKeyword)type, type + " ", step.Text, step.Argument?.DocString?.Content, table, context);
        var match = matcher.GetBestMatch(instance, English, out var ambiguity, out var candidates);
        if (match.Success)
        {
            lock (used) used.Add(Describe(match.StepBinding));
            return StepBindingStatus.Bound;
        }
        var names = string.Join("; ", candidates.Select(c => Describe(c.StepBinding)));
        return ambiguity switch
        {
            StepDefinitionAmbiguityReason.AmbiguousSteps => new StepBindingResult(StepBindingStatus.Ambiguous, names),
            StepDefinitionAmbiguityReason.AmbiguousScopes => new StepBindingResult(StepBindingStatus.OutOfScope, names),
            StepDefinitionAmbiguityReason.ParameterErrors => new StepBindingResult(StepBindingStatus.Ambiguous, "parameters do not fit: " + names),
            _ => candidates.Count == 1
                ? new StepBindingResult(StepBindingStatus.Undefined, $"{Describe(candidates[0].StepBinding)} takes other parameters")
                : new StepBindingResult(StepBindingStatus.Undefined, "suggested binding: " + Suggestion(instance)),
        };
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Unused()
    {
        lock (used) return registry.GetStepDefinitions().Select(Describe).Where(b => !used.Contains(b)).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    // Reqnroll's own snippet for the step, reduced to its attribute line: what to paste above a new method.
    private string Suggestion(StepInstance step) => skeletons
        .GetStepDefinitionSkeleton(ProgrammingLanguage.CSharp, step, StepDefinitionSkeletonStyle.CucumberExpressionAttribute, English)
        .Split('\n').Select(line => line.Trim()).First(line => line.StartsWith('['));

    private static string Describe(IStepDefinitionBinding binding) => $"{binding.Method.Type.Name}.{binding.Method.Name} \"{binding.SourceExpression}\"";
}
