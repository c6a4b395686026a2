using Cdp.TicketE2E.Runner.Plugin;
using FluentAssertions;
using NUnit.Framework;
using Reqnroll.Analytics;
using Reqnroll.Configuration;

namespace Cdp.TicketE2E.Tests.Runner;

/// <summary>What Reqnroll itself loads for the suite: the repository's reqnroll.json beside the test assembly, and no telemetry.</summary>
public sealed class ReqnrollConfigurationTests
{
    [Test]
    public void The_suite_s_reqnroll_json_makes_undefined_and_pending_steps_errors_and_telemetry_is_off()
    {
        var container = new RunnerContainerBuilder(new RunnerOptions(null, TimeSpan.FromSeconds(5), DryRun: true))
            .CreateGlobalContainer(typeof(Steps.Suite.Features).Assembly);

        container.Resolve<ReqnrollConfiguration>().MissingOrPendingStepsOutcome.Should().Be(MissingOrPendingStepsOutcome.Error,
            "src/Steps/reqnroll.json is copied beside the test assembly and Reqnroll reads it from there");
        container.Resolve<IEnvironmentReqnrollTelemetryChecker>().IsReqnrollTelemetryEnabled().Should().BeFalse();
    }
}
