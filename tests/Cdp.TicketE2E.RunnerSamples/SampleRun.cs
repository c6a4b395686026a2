using Cdp.TicketE2E.Runner.Plugin;
using Reqnroll;
using Reqnroll.BoDi;
using Reqnroll.Plugins;

[assembly: RuntimePlugin(typeof(NUnitRuntimePlugin))]

namespace Cdp.TicketE2E.RunnerSamples;

/// <summary>
/// The run-wide objects of a sample run. They live in Reqnroll's test-run container, not in static fields, so each run
/// (each test) starts from a fresh journal and fresh counters, and a test reads them back from that container.
/// </summary>
[Binding]
public sealed class SampleRun
{
    [BeforeTestRun]
    public static void RegisterRunObjects(IObjectContainer run)
    {
        var journal = new Journal();
        journal.Add("before run");
        run.RegisterInstanceAs(journal);
        run.RegisterInstanceAs(new Tries());
    }

    [AfterTestRun]
    public static void NoteTheEnd(Journal journal) => journal.Add("after run");
}
