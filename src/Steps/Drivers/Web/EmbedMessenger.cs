using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>
/// Makes the real embedded form send a message: the script runs inside the form's frame, on the CRM origin, so the
/// page receives a genuine, trusted message from the right origin and source, exactly as if the form had sent it.
/// </summary>
public sealed class EmbedMessenger(IFrame formDocument)
{
    /// <summary>Posts the envelope to the page, addressed to the page's origin as the contract requires.</summary>
    public Task SendAsync(EmbedEnvelope envelope, string pageOrigin) => formDocument.EvaluateAsync(
        "([json, origin]) => window.parent.postMessage(JSON.parse(json), origin)",
        new object[] { envelope.ToJson(), pageOrigin });

    /// <summary>
    /// Makes the form deliver each message of <paramref name="type"/> it posts from now on twice, back to back in the same
    /// task: a form that reports one event twice. Both copies are queued at the page before it handles the first.
    /// </summary>
    public Task RepeatOwnMessagesAsync(string type) => formDocument.EvaluateAsync(
        @"t => {
            const parent = window.parent;
            const repeating = {
                postMessage(message, origin) {
                    parent.postMessage(message, origin);
                    if (message && message.type === t) parent.postMessage(message, origin);
                },
            };
            Object.defineProperty(window, 'parent', { configurable: true, get: () => repeating });
        }",
        type);
}
