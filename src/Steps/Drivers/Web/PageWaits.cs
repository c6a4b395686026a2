using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>Waits on locators that answer true or false instead of throwing, for checks that explain their own failure.</summary>
internal static class PageWaits
{
    /// <summary>Waits until the locator reaches the state; false when it does not within the timeout.</summary>
    public static async Task<bool> ReachesAsync(this ILocator locator, WaitForSelectorState state)
    {
        try
        {
            await locator.WaitForAsync(new() { State = state });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Waits until the locator is visible; false when it is not within the timeout.</summary>
    public static Task<bool> ShowsAsync(this ILocator locator) => locator.ReachesAsync(WaitForSelectorState.Visible);
}
