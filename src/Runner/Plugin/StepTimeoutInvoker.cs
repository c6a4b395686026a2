using Reqnroll.Configuration;
using Reqnroll.EnvironmentAccess;
using Reqnroll.ErrorHandling;

namespace Cdp.TicketE2E.Runner.Plugin;

/// <summary>Reqnroll's binding invoker with a limit: a step or hook still running after the step timeout fails, naming itself.</summary>
public sealed class StepTimeoutInvoker(ReqnrollConfiguration configuration, IErrorProvider errors, IBindingDelegateInvoker delegates,
    IEnvironmentOptions environment, RunnerOptions options) : BindingInvoker(configuration, errors, delegates, environment)
{
    public override async Task<object> InvokeBindingAsync(IBinding binding, IContextManager contextManager, object[] arguments, ITestTracer testTracer, DurationHolder durationHolder)
    {
        var invocation = base.InvokeBindingAsync(binding, contextManager, arguments, testTracer, durationHolder);
        try { return await invocation.WaitAsync(options.StepTimeout); }
        catch (TimeoutException) when (!invocation.IsCompleted)
        {
            throw new TimeoutException($"{binding.Method.Type.Name}.{binding.Method.Name} did not finish within {options.StepTimeout.TotalSeconds:0.#} s. "
                + "Wait on a condition that can become true, or raise the step timeout (E2E__Run__StepTimeoutSeconds).");
        }
    }
}
