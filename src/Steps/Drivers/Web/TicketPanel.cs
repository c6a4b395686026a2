using Cdp.TicketE2E.Steps.Contracts;
using Microsoft.Playwright;
using static Cdp.TicketE2E.Steps.Contracts.WebElements;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>The side panel holding CRM's form in a sandboxed frame: its loading state, frame and height. Selectors come from the target contract.</summary>
public sealed class TicketPanel(IPage page, WebTargetContract contract)
{
    private ILocator Panel => contract.Locate(page, EmbedPanel);
    private ILocator Loading => contract.Locate(page, EmbedLoading);
    private ILocator Frame => contract.Locate(page, EmbedFrame);

    /// <summary>The form inside the panel's frame.</summary>
    public EmbeddedTicketForm Form => new(Frame.ContentFrame, contract);


    /// <summary>Waits until the panel is gone (removed or hidden); false when it is still there after the timeout.</summary>
    public Task<bool> WaitClosedAsync() => Panel.ReachesAsync(WaitForSelectorState.Hidden);

    /// <summary>Whether the panel is open now.</summary>
    public Task<bool> IsOpenAsync() => Panel.IsVisibleAsync();

    /// <summary>Waits until the panel shows its loading state; false when it does not within the timeout.</summary>
    public Task<bool> WaitLoadingShownAsync() => Loading.ShowsAsync();

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
            var frame = await Frame.ElementHandleAsync();
            await page.WaitForFunctionAsync("([f, px]) => f.getBoundingClientRect().height === px", new object[] { frame, pixels });
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
    public Task PostMarkerToFrameAsync(string marker) =>
        Frame.EvaluateAsync("(f, m) => f.contentWindow.postMessage({ e2eMarker: m }, '*')", marker);

    /// <summary>The frame's document, for sending messages from inside it or reading what it received.</summary>
    public async Task<IFrame> DocumentAsync() => await (await Frame.ElementHandleAsync()).ContentFrameAsync()
        ?? throw new InvalidOperationException("The panel's frame has no document yet.");
}
