using Cdp.TicketE2E.Runner.Bindings;

namespace Cdp.TicketE2E.Runner.Execution;

/// <summary>
/// The last after-scenario hook of every test case: it disposes the scenario's objects, which is where sessions close and
/// evidence is kept. Being a hook step of its own, a failure there is a FAILED step in the message stream and fails the
/// scenario in every report, exactly as the test host sees it, instead of happening after the record is closed.
/// </summary>
public static class ScenarioTeardown
{
    /// <summary>The hook's binding; <see cref="HookBinding.Method"/> only names it, the executor disposes the scope.</summary>
    public static HookBinding Hook { get; } = new("hook-scenario-teardown", HookKind.AfterScenario, [], int.MaxValue,
        typeof(ScenarioTeardown).GetMethod(nameof(DisposeScenarioObjects))!);

    /// <summary>Stands for the disposal of the scenario's objects in hook listings and the message stream.</summary>
    public static void DisposeScenarioObjects()
    {
    }
}
