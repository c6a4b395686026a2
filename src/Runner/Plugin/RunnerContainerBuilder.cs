using Cdp.TicketE2E.Runner.Glue;
using Reqnroll.Analytics;
using Reqnroll.BoDi;
using Reqnroll.EnvironmentAccess;
using Reqnroll.Events;
using Reqnroll.Formatters.Configuration;

namespace Cdp.TicketE2E.Runner.Plugin;

/// <summary>
/// Reqnroll's container set-up with what this run needs on top of its defaults: the run's options, the step timeout,
/// the formatter outputs in the reports folder, evidence linked rather than embedded, the first-problem watch of each
/// test thread, no telemetry, and for a dry run Reqnroll's own dry-run mode.
/// </summary>
public sealed class RunnerContainerBuilder(RunnerOptions options) : ContainerBuilder
{
    protected override void RegisterDefaults(ObjectContainer container)
    {
        base.RegisterDefaults(container);
        container.RegisterInstanceAs(options);
        container.RegisterTypeAs<StepTimeoutInvoker, IAsyncBindingInvoker>();
        container.RegisterTypeAs<ReportFormatters, IFormattersConfigurationProvider>();
        container.RegisterTypeAs<ReportMessages, ICucumberMessageFactory>();
        container.RegisterTypeAs<NoTelemetry, IEnvironmentReqnrollTelemetryChecker>();
        if (!options.DryRun) return;
        container.RegisterTypeAs<DryRunEnvironment, IEnvironmentOptions>();
        container.RegisterTypeAs<NullListener, ITraceListener>();
    }

    public override IObjectContainer CreateTestThreadContainer(IObjectContainer globalContainer)
    {
        var container = base.CreateTestThreadContainer(globalContainer);
        var problems = new FirstProblem(container.Resolve<ITestUndefinedMessageFactory>());
        problems.Watch(container.Resolve<ITestThreadExecutionEventPublisher>());
        container.RegisterInstanceAs(problems);
        if (options.DryRun) container.RegisterTypeAs<NullListener, ITraceListener>(); // the lint prints findings, not progress
        return container;
    }

    /// <summary>Reqnroll's own dry-run switch, set for this container only (not through the process-wide REQNROLL_DRY_RUN).</summary>
    private sealed class DryRunEnvironment(IEnvironmentWrapper environment) : EnvironmentOptions(environment), IEnvironmentOptions
    {
        bool IEnvironmentOptions.IsDryRun => true;
    }

    /// <summary>Reqnroll's usage telemetry stays off: a test run here never reports to anyone.</summary>
    private sealed class NoTelemetry : IEnvironmentReqnrollTelemetryChecker
    {
        public bool IsReqnrollTelemetryEnabled() => false;
    }
}
