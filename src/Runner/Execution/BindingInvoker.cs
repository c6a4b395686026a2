using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Cdp.TicketE2E.Runner.Execution;

/// <summary>Calls a binding or hook method: resolves its instance and injected parameters, awaits it, bounds it in time.</summary>
internal static class BindingInvoker
{
    public static async Task InvokeAsync(MethodInfo method, ObjectScope scope, object?[]? arguments, TimeSpan timeout)
    {
        var target = method.IsStatic ? null : scope.Resolve(method.DeclaringType!);
        arguments ??= method.GetParameters().Select(p => scope.Resolve(p.ParameterType)).ToArray();
        object? returned;
        try
        {
            returned = method.Invoke(target, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
        var task = returned switch
        {
            Task t => t,
            ValueTask v => v.AsTask(),
            _ => null,
        };
        if (task is null) return;
        try
        {
            await task.WaitAsync(timeout);
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            throw new TimeoutException(
                $"{method.DeclaringType?.Name}.{method.Name} did not finish within {timeout.TotalSeconds:0.#} s. " +
                "Wait on a condition that can become true, or raise the step timeout (E2E__Run__StepTimeoutSeconds).");
        }
    }
}
