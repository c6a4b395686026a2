using NUnit.Framework;
using Reqnroll.Plugins;
using Reqnroll.UnitTestProvider;

namespace Cdp.TicketE2E.Runner.Plugin;

/// <summary>
/// The Reqnroll runtime plugin a binding assembly names with <c>[assembly: RuntimePlugin(typeof(NUnitRuntimePlugin))]</c>:
/// the part of Reqnroll's NUnit package (not on our registry) that the glue needs, namely how NUnit is told a scenario's
/// outcome and where attachments go.
/// </summary>
public sealed class NUnitRuntimePlugin : IRuntimePlugin
{
    public void Initialize(RuntimePluginEvents runtimePluginEvents, RuntimePluginParameters runtimePluginParameters, UnitTestProviderConfiguration unitTestProviderConfiguration)
    {
        unitTestProviderConfiguration.UseUnitTestProvider("nunit");
        runtimePluginEvents.RegisterGlobalDependencies += (_, args) => args.ObjectContainer.RegisterTypeAs<NUnitOutcomes, IUnitTestRuntimeProvider>("nunit");
        runtimePluginEvents.CustomizeTestThreadDependencies += (_, args) => args.ObjectContainer.RegisterTypeAs<NUnitAttachments, IReqnrollAttachmentHandler>();
    }

    /// <summary>Pending is inconclusive; a step that ignores itself (a precondition the target cannot provide) is SKIPPED, not failed.</summary>
    private sealed class NUnitOutcomes : IUnitTestRuntimeProvider
    {
        public void TestPending(string message) => Assert.Inconclusive(message);
        public void TestInconclusive(string message) => Assert.Inconclusive(message);
        public void TestIgnore(string message) => Assert.Ignore(message);
        public ScenarioExecutionStatus? DetectExecutionStatus(Exception exception) =>
            exception is IgnoreException or InconclusiveException ? ScenarioExecutionStatus.Skipped : null;
    }

    /// <summary>An attachment also goes to the NUnit result (the test host's own results).</summary>
    private sealed class NUnitAttachments(ITraceListener trace) : ReqnrollAttachmentHandler(trace)
    {
        public override void AddAttachment(string filePath)
        {
            if (TestContext.CurrentContext.Test.ID is null) base.AddAttachment(filePath);
            else TestContext.AddTestAttachment(filePath);
        }
    }
}
