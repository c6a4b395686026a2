using Reqnroll.BoDi;

namespace Cdp.TicketE2E.Steps.Suite;

/// <summary>
/// The run's shared objects that were actually created, in creation order, and their stopping. A warm host hands the same
/// instance to its next run (<see cref="Warm.WarmObjects"/>), which then gets the objects already created instead of new ones.
/// </summary>
public sealed class SharedObjects
{
    private readonly HashSet<Type> types = [];
    private readonly List<object> created = [];

    /// <summary>The names of the kinds of objects created so far, in creation order.</summary>
    public IReadOnlyList<string> Created
    {
        get { lock (created) return created.Select(o => o.GetType().Name).ToList(); }
    }

    /// <summary>
    /// Registers <typeparamref name="T"/> in the run's container as one instance for the whole run: the one already created
    /// (by an earlier run of a warm host), or one the container creates on first use.
    /// </summary>
    public void Register<T>(IObjectContainer run) where T : class
    {
        // Reqnroll's container disposes the IDisposable objects it created when a run ends, kept or not.
        if (typeof(IDisposable).IsAssignableFrom(typeof(T)))
            throw new InvalidOperationException($"{typeof(T).Name} is shared by the run's scenarios, so it must be IAsyncDisposable only, not IDisposable: " +
                                                "Reqnroll's container would dispose it at the end of each run, under a warm host that keeps it for the next.");
        types.Add(typeof(T));
        T? existing;
        lock (created) existing = created.OfType<T>().FirstOrDefault();
        if (existing is not null) run.RegisterInstanceAs(existing, dispose: false);
        else run.RegisterTypeAs<T, T>();
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
        lock (created)
        {
            stopping = [.. Enumerable.Reverse(created)];
            created.Clear();
        }
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
