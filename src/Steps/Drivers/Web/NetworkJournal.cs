using Cdp.TicketE2E.Steps.Contracts;
using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>
/// Every request the scenario's pages and frames make, as the browser saw it (Playwright's network events): method, URL,
/// status, whether it was answered. It tells when a list was (re)loaded, what the form was requested with, and when the
/// page has stopped talking to its backends, against any target. Conditions are awaited on the events, never by sleeping.
/// A request counts as answered once its response arrives (or it fails): a page may never read a body it does not need,
/// and the browser then never reports the request finished.
/// </summary>
public sealed class NetworkJournal
{
    private readonly Lock gate = new();
    private readonly List<ObservedRequest> requests = [];
    private readonly Dictionary<IRequest, ObservedRequest> byRequest = [];
    private readonly List<(Func<bool> Condition, TaskCompletionSource Met)> waiters = [];
    private int inFlight;

    /// <summary>Starts recording a context's traffic.</summary>
    public void Attach(IBrowserContext context)
    {
        context.Request += (_, request) => Change(() =>
        {
            var observed = new ObservedRequest(requests.Count + 1, request.Method, request.Url);
            requests.Add(observed);
            byRequest[request] = observed;
            inFlight++;
        });
        context.Response += (_, response) => Change(() => End(response.Request, response.Status, failure: null));
        context.RequestFailed += (_, request) => Change(() => End(request, status: null, request.Failure ?? "failed"));
    }

    /// <summary>The requests so far, in the order they were made.</summary>
    public IReadOnlyList<ObservedRequest> Requests
    {
        get { lock (gate) return requests.ToList(); }
    }

    /// <summary>How many requests of this kind have been answered with a success status.</summary>
    public int Succeeded(RequestPattern pattern, IReadOnlyDictionary<string, string>? values = null) =>
        Requests.Count(r => r.Status is >= 200 and < 300 && pattern.Matches(r.Method, r.Url, values));

    /// <summary>Waits until the condition over the requests holds; false when it does not within the timeout.</summary>
    public async Task<bool> WaitForAsync(Func<IReadOnlyList<ObservedRequest>, bool> condition, TimeSpan timeout)
    {
        TaskCompletionSource met;
        lock (gate)
        {
            if (condition(requests)) return true;
            met = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((() => condition(requests), met));
        }
        try
        {
            await met.Task.WaitAsync(timeout);
            return true;
        }
        catch (TimeoutException)
        {
            lock (gate) waiters.RemoveAll(w => w.Met == met);
            return false;
        }
    }

    /// <summary>
    /// Waits until no request is in flight and none starts across two round trips through the page, so a request the page
    /// makes while handling a response that just arrived is seen too. Fails naming the requests still open after the timeout.
    /// </summary>
    public async Task WaitQuietAsync(IPage page, TimeSpan timeout)
    {
        const int QuietRoundTrips = 2;
        var deadline = DateTime.UtcNow + timeout;
        var quiet = 0;
        while (quiet < QuietRoundTrips)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await WaitForAsync(_ => inFlight == 0, left))
                throw new TimeoutException($"The page's requests did not settle within {timeout.TotalSeconds:0.#} s. Still open: {Open()}.");
            var made = Requests.Count;
            await page.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve))");
            lock (gate) quiet = inFlight == 0 && requests.Count == made ? quiet + 1 : 0;
        }
    }

    /// <summary>The traffic as evidence: one line per request.</summary>
    public string Describe() => string.Join('\n', Requests.Select(r => r.ToString()));

    private string Open()
    {
        lock (gate) return string.Join(", ", requests.Where(r => !r.Answered).Select(r => $"{r.Method} {r.Url}"));
    }

    private void End(IRequest request, int? status, string? failure)
    {
        if (!byRequest.Remove(request, out var observed)) return;
        observed.Answered = true;
        observed.Status = status;
        observed.Failure = failure;
        inFlight--;
    }

    private void Change(Action change)
    {
        List<TaskCompletionSource> met;
        lock (gate)
        {
            change();
            met = waiters.Where(w => w.Condition()).Select(w => w.Met).ToList();
            waiters.RemoveAll(w => met.Contains(w.Met));
        }
        foreach (var done in met) done.TrySetResult();
    }
}

/// <summary>One request as the browser made it; status and end are filled in as they happen.</summary>
public sealed class ObservedRequest(int sequence, string method, string url)
{
    public int Sequence { get; } = sequence;
    public string Method { get; } = method;
    public string Url { get; } = url;
    public int? Status { get; set; }
    public bool Answered { get; set; }
    public string? Failure { get; set; }

    public override string ToString() =>
        $"#{Sequence} {Method} {Url} -> {(Failure is not null ? "failed: " + Failure : Status?.ToString() ?? "(no response)")}{(Answered ? "" : " (open)")}";
}
