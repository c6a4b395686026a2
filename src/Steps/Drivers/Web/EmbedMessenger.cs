using Cdp.TicketE2E.Steps.Contracts;
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
}
