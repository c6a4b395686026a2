using System.Text.Json;
using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>
/// The customer page's own log of postMessage traffic (<c>window.__cdpEmbedLog</c>, a test hook of the page): which
/// messages arrived, from where, and whether the page accepted them. It proves a message was processed, so an
/// "ignored" check waits on it instead of sleeping.
/// </summary>
public sealed class EmbedTrafficLog(IPage page)
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    /// <summary>Every entry so far, in order.</summary>
    public async Task<IReadOnlyList<EmbedLogEntry>> EntriesAsync()
    {
        var json = await page.EvaluateAsync<string>("() => JSON.stringify(window.__cdpEmbedLog || [])");
        return JsonSerializer.Deserialize<List<EmbedLogEntry>>(json, WebJson)!;
    }

    /// <summary>The messages the page received so far.</summary>
    public async Task<IReadOnlyList<EmbedLogEntry>> InboundAsync() =>
        (await EntriesAsync()).Where(e => e.Direction == "in").ToList();

    /// <summary>
    /// Waits until the page logged a received message of <paramref name="type"/> from <paramref name="origin"/> beyond the
    /// first <paramref name="skip"/> received ones; null when none arrives within the timeout.
    /// </summary>
    public async Task<EmbedLogEntry?> WaitForInboundAsync(string origin, string type, int skip)
    {
        try
        {
            await page.WaitForFunctionAsync(
                "([o, t, n]) => (window.__cdpEmbedLog || []).filter(m => m.direction === 'in').slice(n).some(m => m.origin === o && m.type === t)",
                new object[] { origin, type, skip });
        }
        catch (TimeoutException)
        {
            return null;
        }
        return (await InboundAsync()).Skip(skip).First(e => e.Origin == origin && e.Type == type);
    }

    /// <summary>Waits until the page logged that it sent a message of <paramref name="type"/>.</summary>
    public Task WaitForOutboundAsync(string type) => page.WaitForFunctionAsync(
        "t => (window.__cdpEmbedLog || []).some(m => m.direction === 'out' && m.type === t)", type);

    /// <summary>Waits until the page has received at least <paramref name="count"/> messages from <paramref name="origin"/>.</summary>
    public Task WaitForInboundCountAsync(string origin, int count) => page.WaitForFunctionAsync(
        "([o, n]) => (window.__cdpEmbedLog || []).filter(m => m.direction === 'in' && m.origin === o).length >= n",
        new object[] { origin, count });
}

/// <summary>One entry of the page's postMessage log.</summary>
public sealed record EmbedLogEntry(string Direction, string Origin, string? Type, bool Accepted, string Reason);
