using System.Text.Json;
using Cdp.TicketE2E.Fakes.Foreign;
using Cdp.TicketE2E.Steps.Contracts;
using Cdp.TicketE2E.Steps.Targets;
using Microsoft.Playwright;

namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>
/// A page of another origin in this scenario: the run's <see cref="ForeignSite"/>, put into the customer page as a frame
/// that posts a message, or where the form's frame is redirected to. What it received is read back.
/// </summary>
public sealed class ForeignOriginPage(WebSession session, ForeignOrigin foreignOrigin)
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    /// <summary>The site, started on first use.</summary>
    public Task<ForeignSite> SiteAsync() => foreignOrigin.SiteAsync();

    /// <summary>Puts a frame of the other origin into the page, which posts the envelope to the page as soon as it loads.</summary>
    public async Task SendAsync(EmbedEnvelope envelope) => await FrameAsync((await SiteAsync()).SenderPage(envelope.ToJson()));

    /// <summary>
    /// An origin that looks like CRM's and serves the sender page. Host names under the site's domain resolve to the
    /// site; the CRM's own host and port over https, which no server here can take, is served by routing.
    /// </summary>
    public async Task<string> LookAlikeAsync(LookAlikeOrigin kind, Uri crm)
    {
        var port = (await SiteAsync()).Port;
        var origin = kind switch
        {
            LookAlikeOrigin.CrmHostOnAnotherPort => $"http://{crm.Host}:{port}",
            LookAlikeOrigin.HostStartingWithCrmHost => $"http://{crm.Host}.{ForeignSite.HostName}:{port}",
            LookAlikeOrigin.HostContainingCrmHost => $"http://not{crm.Host}.{ForeignSite.HostName}:{port}",
            _ => $"https://{crm.Host}:{crm.Port}",
        };
        if (kind == LookAlikeOrigin.CrmHostAndPortOverHttps)
            await (await session.PageAsync()).Context.RouteAsync(origin + "/**", route => route.FulfillAsync(new() { ContentType = "text/html", Body = ForeignSite.Page }));
        return origin;
    }

    /// <summary>Puts a frame of <paramref name="origin"/> (one of <see cref="LookAlikeAsync"/>) into the page, which posts the envelope to it.</summary>
    public Task SendFromAsync(string origin, EmbedEnvelope envelope) => FrameAsync(ForeignSite.SenderPageAt(origin, envelope.ToJson()));

    private async Task FrameAsync(Uri url) => await (await session.PageAsync()).EvaluateAsync(
        "url => { const f = document.createElement('iframe'); f.title = 'a page of another origin'; f.src = url; document.body.append(f); }",
        url.AbsoluteUri);

    /// <summary>
    /// Waits until a document of the other origin has received the marker, then returns everything it received. Messages
    /// from one window to another arrive in the order they were posted, so whatever the page posted before the marker is in.
    /// </summary>
    public static async Task<IReadOnlyList<ReceivedMessage>> ReceivedUpToMarkerAsync(IFrame document, string marker)
    {
        await document.WaitForFunctionAsync("m => window.__received.some(r => r.data && r.data.e2eMarker === m)", marker);
        var json = await document.EvaluateAsync<string>("() => JSON.stringify(window.__received)");
        return JsonSerializer.Deserialize<List<ReceivedMessage>>(json, WebJson)!;
    }
}

/// <summary>Origins that look like the CRM embed origin without being it (WEB-11).</summary>
public enum LookAlikeOrigin { CrmHostOnAnotherPort, HostStartingWithCrmHost, HostContainingCrmHost, CrmHostAndPortOverHttps }
