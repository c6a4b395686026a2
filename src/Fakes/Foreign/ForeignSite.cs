using System.Net;
using Cdp.TicketE2E.Fakes.Http;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Cdp.TicketE2E.Fakes.Foreign;

/// <summary>
/// A web site of another origin, <c>http://evil.test:{port}</c>, for negative tests of the customer page's origin checks.
/// It is a real server on a free loopback port (the browser maps <see cref="HostName"/> to 127.0.0.1), so its pages have a
/// truly foreign origin, their messages are trusted browser events, and a redirect to it really lands there, which
/// browser-side request routing cannot follow. Every page posts the envelope in its <c>message</c> query parameter to
/// its parent and records every message it receives in <c>window.__received</c> as <c>{ origin, data }</c>.
/// </summary>
public sealed class ForeignSite : IAsyncDisposable
{
    /// <summary>The host name the browser must resolve to 127.0.0.1 (Chromium: <c>--host-resolver-rules=MAP evil.test 127.0.0.1</c>).</summary>
    public const string HostName = "evil.test";

    /// <summary>
    /// Every page of the site (the query decides what it sends); also what the harness serves, through browser routing,
    /// for an origin no server can take, such as the CRM's host and port over https.
    /// </summary>
    public const string Page = """
        <!doctype html><title>A page of another origin</title><script>
          window.__received = [];
          addEventListener("message", (e) => window.__received.push({ origin: e.origin, data: JSON.parse(JSON.stringify(e.data ?? null)) }));
          const message = new URLSearchParams(location.search).get("message");
          if (message) parent.postMessage(JSON.parse(message), "*");
        </script>
        """;

    private readonly WireMockServer server;

    private ForeignSite(WireMockServer server)
    {
        this.server = server;
        Origin = $"http://{HostName}:{server.Ports[0]}";
    }

    /// <summary><c>http://evil.test:{port}</c>.</summary>
    public string Origin { get; }

    /// <summary>Starts the site on a free loopback port.</summary>
    public static Task<ForeignSite> StartAsync()
    {
        var server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = ["http://127.0.0.1:0"],
            Logger = new WireMock.Logging.WireMockNullLogger(),
            StartAdminInterface = false,
        });
        server.Given(Request.Create().UsingGet())
            .RespondWith(Response.Create().WithCallback(_ => JsonResponses.Text((int)HttpStatusCode.OK, "text/html; charset=utf-8", Page)));
        return Task.FromResult(new ForeignSite(server));
    }

    /// <summary>A page that only records what it receives (where a redirect lands).</summary>
    public Uri LandingPage => new(Origin + "/landing.html");

    /// <summary>A page that posts <paramref name="envelopeJson"/> to its parent as soon as it loads.</summary>
    public Uri SenderPage(string envelopeJson) => SenderPageAt(Origin, envelopeJson);

    /// <summary>The sender page at another origin that reaches this site (e.g. a look-alike host name mapped to loopback).</summary>
    public static Uri SenderPageAt(string origin, string envelopeJson) => new($"{origin}/sender.html?message={Uri.EscapeDataString(envelopeJson)}");

    /// <summary>The site's port.</summary>
    public int Port => server.Ports[0];

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        server.Stop();
        server.Dispose();
        return ValueTask.CompletedTask;
    }
}
