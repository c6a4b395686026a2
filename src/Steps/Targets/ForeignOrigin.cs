using Cdp.TicketE2E.Fakes.Foreign;

namespace Cdp.TicketE2E.Steps.Targets;

/// <summary>The run's site of another origin (<see cref="ForeignSite"/>), started on first use; its pages keep no state, so scenarios share it.</summary>
public sealed class ForeignOrigin : IAsyncDisposable
{
    private readonly SemaphoreSlim start = new(1, 1);
    private ForeignSite? site;

    /// <summary>The site, started on first use.</summary>
    public async Task<ForeignSite> SiteAsync()
    {
        if (site is not null) return site;
        await start.WaitAsync();
        try
        {
            return site ??= await ForeignSite.StartAsync();
        }
        finally
        {
            start.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (site is not null) await site.DisposeAsync();
        start.Dispose();
    }
}
