using Cdp.TicketE2E.Steps.Contracts;
using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>
/// Steers the browser's request for CRM's form page, found by the target contract's request pattern (Playwright routing,
/// so it works whatever the target and wherever its CRM is): hold it until released, for a deterministic slow load, or
/// answer it with a redirect elsewhere.
/// </summary>
public sealed class EmbedRequestControl(WebSession session, TargetContracts contracts) : IDisposable
{
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Holds every request for the form page until <see cref="Release"/>.</summary>
    public async Task HoldAsync()
    {
        var page = await session.PageAsync();
        await page.Context.RouteAsync(IsForm, async route =>
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
    public async Task RedirectAsync(Uri target)
    {
        var page = await session.PageAsync();
        await page.Context.RouteAsync(IsForm, route => route.FulfillAsync(new()
        {
            Status = 302,
            Headers = new Dictionary<string, string> { ["Location"] = target.AbsoluteUri },
        }));
    }

    /// <inheritdoc />
    public void Dispose() => release.TrySetCanceled();

    private bool IsForm(string url) => contracts.Web.Request(WebRequests.CrmForm).Matches("GET", url);
}
