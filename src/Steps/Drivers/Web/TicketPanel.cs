using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>The side panel holding CRM's form in a sandboxed frame: its loading state, frame and height. Selectors live here only.</summary>
public sealed class TicketPanel(IPage page)
{
    private const string FrameSelector = "[data-testid=ticket-embed-frame]";

    private ILocator Panel => page.GetByTestId("ticket-embed-panel");
    private ILocator Loading => page.GetByTestId("ticket-embed-loading");
    private ILocator Frame => page.Locator(FrameSelector);

    /// <summary>The form inside the panel's frame.</summary>
    public EmbeddedTicketForm Form { get; } = new(page.FrameLocator(FrameSelector));

    /// <summary>Waits until the panel is there.</summary>
    public Task WaitOpenAsync() => Panel.WaitForAsync();

    /// <summary>Waits until the panel is gone; false when it is still there after the timeout.</summary>
    public async Task<bool> WaitClosedAsync()
    {
        try
        {
            await Panel.WaitForAsync(new() { State = WaitForSelectorState.Detached });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Whether the panel is open now.</summary>
    public async Task<bool> IsOpenAsync() => await Panel.CountAsync() > 0;

    /// <summary>Whether the panel's loading state is visible now.</summary>
    public Task<bool> ShowsLoadingAsync() => Loading.IsVisibleAsync();

    /// <summary>Waits until the panel shows its loading state; false when it does not within the timeout.</summary>
    public async Task<bool> WaitLoadingShownAsync()
    {
        try
        {
            await Loading.WaitForAsync(new() { State = WaitForSelectorState.Visible });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Waits until the loading state is gone (the frame's document has loaded).</summary>
    public Task WaitLoadedAsync() => Loading.WaitForAsync(new() { State = WaitForSelectorState.Hidden });

    /// <summary>The frame's sandbox attribute; null when the frame is not sandboxed at all.</summary>
    public Task<string?> SandboxAsync() => Frame.GetAttributeAsync("sandbox");

    /// <summary>The frame's rendered height in pixels; null when there is no frame.</summary>
    public async Task<double?> FrameHeightAsync() =>
        await Frame.CountAsync() == 0 ? null : await Frame.EvaluateAsync<double>("f => f.getBoundingClientRect().height");

    /// <summary>Waits until the frame is <paramref name="pixels"/> high; false when it is not within the timeout.</summary>
    public async Task<bool> WaitForFrameHeightAsync(int pixels)
    {
        try
        {
            await page.WaitForFunctionAsync(
                "([selector, px]) => document.querySelector(selector)?.getBoundingClientRect().height === px",
                new object[] { FrameSelector, pixels });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// Posts a harness marker from the page to whatever document the frame shows. Messages between two windows arrive
    /// in the order they were posted, so once that document has the marker it has everything the page sent it before.
    /// </summary>
    public Task PostMarkerToFrameAsync(string marker) => page.EvaluateAsync(
        "([selector, m]) => document.querySelector(selector).contentWindow.postMessage({ e2eMarker: m }, '*')",
        new object[] { FrameSelector, marker });

    /// <summary>The frame's document, for sending messages from inside it or reading what it received.</summary>
    public async Task<IFrame> DocumentAsync()
    {
        var element = await Frame.ElementHandleAsync();
        return await element.ContentFrameAsync()
            ?? throw new InvalidOperationException("The panel's frame has no document yet.");
    }
}
