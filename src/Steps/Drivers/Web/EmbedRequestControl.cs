using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>
/// Steers the browser's request for CRM's form page (Playwright routing, so it works whatever the target): hold it
/// until released, for a deterministic slow load, or answer it with a redirect elsewhere.
/// </summary>
public sealed class EmbedRequestControl(WebSession session) : IDisposable
{
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Holds every request for the form page until <see cref="Release"/>.</summary>
    public async Task HoldAsync(Uri formUrl)
    {
        var page = await session.PageAsync();
        await page.Context.RouteAsync(url => IsForm(url, formUrl), async route =>
        {
            try
            {
                await release.Task;
            }
            catch (OperationCanceledException)
            {
                // The scenario ended while holding (e.g. a step failed before the release). A request left unanswered
                // keeps the frame loading forever, and the failure's evidence (screenshot, trace) would wait on it.
                try { await route.AbortAsync(); } catch (PlaywrightException) { /* the context is already closing */ }
                return;
            }
            await route.ContinueAsync();
        });
    }

    /// <summary>Lets held requests through to the server.</summary>
    public void Release() => release.TrySetResult();

    /// <summary>Answers requests for the form page with a redirect to <paramref name="target"/>, as a compromised or misconfigured server would.</summary>
    public async Task RedirectAsync(Uri formUrl, Uri target)
    {
        var page = await session.PageAsync();
        await page.Context.RouteAsync(url => IsForm(url, formUrl), route => route.FulfillAsync(new()
        {
            Status = 302,
            Headers = new Dictionary<string, string> { ["Location"] = target.AbsoluteUri },
        }));
    }

    /// <inheritdoc />
    public void Dispose() => release.TrySetCanceled();

    private static bool IsForm(string url, Uri formUrl) => url.StartsWith(formUrl.AbsoluteUri, StringComparison.Ordinal);
}
