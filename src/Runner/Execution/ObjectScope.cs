using System.Reflection;
using Cdp.TicketE2E.Runner.Bindings;

namespace Cdp.TicketE2E.Runner.Execution;

/// <summary>
/// Constructor injection with two lifetimes. The run scope holds [RunScoped] classes and the
/// instances the host registers; a scenario scope holds everything else, one instance per
/// scenario, and disposes them (last created first) when the scenario ends.
/// </summary>
internal sealed class ObjectScope(ObjectScope? parent) : IAsyncDisposable
{
    private readonly Dictionary<Type, object> instances = [];
    private readonly List<object> createdInOrder = [];
    private readonly HashSet<Type> resolving = [];
    private readonly object gate = new();

    public void Register(Type type, object instance)
    {
        lock (gate) instances[type] = instance;
    }

    public object Resolve(Type type)
    {
        if (parent is not null && (type.GetCustomAttribute<RunScopedAttribute>() is not null || parent.Has(type)))
            return parent.Resolve(type);
        // Monitor is re-entrant, so a run-scoped class that needs another run-scoped class resolves under the same lock.
        lock (gate)
        {
            if (instances.TryGetValue(type, out var existing)) return existing;
            if (!resolving.Add(type))
                throw new InvalidOperationException($"{type.Name} depends on itself through its constructor parameters ({string.Join(" -> ", resolving.Select(t => t.Name))} -> {type.Name}).");
            try
            {
                var instance = Create(type);
                instances[type] = instance;
                createdInOrder.Add(instance);
                return instance;
            }
            finally
            {
                resolving.Remove(type);
            }
        }
    }

    private bool Has(Type type)
    {
        lock (gate) return instances.ContainsKey(type);
    }

    private object Create(Type type)
    {
        // Lazy<T> lets a binding depend on something it may not need (the mobile channel in a web scenario) without building it.
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Lazy<>))
            return CreateLazy(type.GetGenericArguments()[0]);
        if (type.IsInterface || type.IsAbstract)
            throw new InvalidOperationException($"Cannot create {type.Name}: it is an interface or abstract class. Register an instance for it in the run's services, or depend on a concrete class.");
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"Cannot create {type.Name}: it has no public constructor.");
        var arguments = constructor.GetParameters().Select(p => Resolve(p.ParameterType)).ToArray();
        try
        {
            return constructor.Invoke(arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new InvalidOperationException($"The constructor of {type.Name} failed: {e.InnerException.Message}", e.InnerException);
        }
    }

    private object CreateLazy(Type valueType)
    {
        var factory = typeof(ObjectScope).GetMethod(nameof(LazyOf), BindingFlags.NonPublic | BindingFlags.Instance)!.MakeGenericMethod(valueType);
        return factory.Invoke(this, null)!;
    }

    private Lazy<T> LazyOf<T>() => new(() => (T)Resolve(typeof(T)));

    public async ValueTask DisposeAsync()
    {
        List<Exception> errors = [];
        for (var i = createdInOrder.Count - 1; i >= 0; i--)
        {
            try
            {
                switch (createdInOrder[i])
                {
                    case IAsyncDisposable asyncDisposable: await asyncDisposable.DisposeAsync(); break;
                    case IDisposable disposable: disposable.Dispose(); break;
                }
            }
            catch (Exception e)
            {
                errors.Add(e);
            }
        }
        createdInOrder.Clear();
        instances.Clear();
        if (errors.Count > 0) throw new AggregateException("Disposing scenario objects failed.", errors);
    }
}
