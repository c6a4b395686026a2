using Reqnroll.BoDi;

namespace Cdp.TicketE2E.Steps.Suite;

/// <summary>The run's shared objects that were actually created, in creation order, and their stopping.</summary>
public sealed class SharedObjects
{
    private readonly HashSet<Type> types = [];
    private readonly List<object> created = [];

    /// <summary>Registers <typeparamref name="T"/> in the run's container as one instance for the whole run.</summary>
    public void Register<T>(IObjectContainer run) where T : class
    {
        types.Add(typeof(T));
        run.RegisterTypeAs<T, T>();
    }

    /// <summary>Notes an object the run's container created, when it is of a shared type.</summary>
    public void Add(object instance)
    {
        if (!types.Contains(instance.GetType())) return;
        lock (created) created.Add(instance);
    }

    /// <summary>Stops every created object, the last created first; every one is stopped even when another fails.</summary>
    public async Task StopAsync()
    {
        List<Exception> errors = [];
        object[] stopping;
        lock (created) stopping = [.. Enumerable.Reverse(created)];
        foreach (var instance in stopping)
        {
            try
            {
                if (instance is IAsyncDisposable asyncDisposable) await asyncDisposable.DisposeAsync();
                else (instance as IDisposable)?.Dispose();
            }
            catch (Exception e)
            {
                errors.Add(e);
            }
        }
        if (errors.Count > 0) throw new AggregateException("Stopping the run's shared objects failed.", errors);
    }
}
