using System.Net;
using System.Text;
using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Drivers;
using Cdp.TicketE2E.Steps.Drivers.Grid;
using Cdp.TicketE2E.Steps.Drivers.Mobile.Appium;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Grid;

/// <summary>
/// E2E:Grid:Url (--grid): a value that cannot be a grid's URL fails naming the key and the allowed form; a grid that is down,
/// not ready or not a grid fails naming the URL and the fix; credentials in the URL are sent, never shown.
/// </summary>
public sealed class GridSettingsTests
{
    private const string Secret = "s3cret-key";

    [TestCase("grid.local:4444")]
    [TestCase("ftp://grid.local:4444")]
    [TestCase("http://grid.local:4444/?session=1")]
    [TestCase("not a url")]
    public void A_value_that_is_not_an_http_url_fails_naming_the_key_and_the_allowed_form(string value)
    {
        var act = () => SettingsLoader.Load(AppContext.BaseDirectory, new Dictionary<string, string?> { ["E2E:Grid:Url"] = value });

        act.Should().Throw<SettingsException>().Which.Message.Should()
            .Be($"E2E:Grid:Url (--grid) is '{value}'; allowed: empty (browsers and Appium start on this machine) or the http(s) URL " +
                "of a Selenium Grid 4 hub or router, such as http://127.0.0.1:4444.");
    }

    [Test]
    public void Credentials_in_the_url_become_basic_authentication_and_are_masked_wherever_the_url_is_shown()
    {
        var grid = new GridSettings { Url = $"https://qa:{Secret}@grid.example.com/wd/hub" };

        grid.Display.Should().Be("https://***@grid.example.com/wd/hub");
        grid.BasicAuthorization.Should().Be("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"qa:{Secret}")));
        grid.Scrub($"POST https://qa:{Secret}@grid.example.com/wd/hub/session failed").Should().NotContain(Secret);
        new Action(() => new GridSettings { Url = $"https://qa:{Secret}@ grid" }.Validate())
            .Should().Throw<SettingsException>().Which.Message.Should().NotContain(Secret).And.Contain("https://***@ grid");
    }

    [Test]
    public async Task An_unreachable_grid_is_named_with_the_way_to_start_one_and_without_its_credentials()
    {
        var port = LoopbackPort.Free(); // nothing listens there

        var problem = await GridStatusProbe.ProblemAsync(new GridSettings { Url = $"http://qa:{Secret}@127.0.0.1:{port}" });

        problem.Should().StartWith($"The Selenium Grid at http://***@127.0.0.1:{port} is unreachable (")
            .And.Contain("Start the grid (docs/selenium-grid.md").And.Contain("correct --grid / E2E:Grid:Url").And.NotContain(Secret);
    }

    [TestCase("{\"value\": {\"ready\": false, \"message\": \"Selenium Grid not ready.\"}}", "is not ready (Selenium Grid not ready.). Wait until its nodes have registered")]
    [TestCase("<html>a web page</html>", "is not a Selenium Grid 4: GET /status returned no JSON 'value'")]
    [TestCase("{\"value\": {\"ready\": true}}", null)]
    public async Task A_grid_that_answers_is_used_only_when_its_status_says_ready(string statusBody, string? expected)
    {
        using var server = StatusServer(statusBody, out var url);

        var problem = await GridStatusProbe.ProblemAsync(new GridSettings { Url = url });

        if (expected is null) problem.Should().BeNull();
        else problem.Should().Contain($"at {url} {expected}");
    }

    [Test]
    public async Task Mobile_sessions_wait_for_no_appium_of_their_own_when_the_grid_is_down_and_say_which_grid()
    {
        var url = $"http://127.0.0.1:{LoopbackPort.Free()}";
        await using var server = new AppiumServer(new MobileSettings(), () => throw new AssertionException("no local Appium with a grid"), new GridSettings { Url = url });

        var act = () => server.EndpointAsync();

        (await act.Should().ThrowAsync<GridUnavailableException>()).Which.Message.Should().Contain($"The Selenium Grid at {url} is unreachable");
    }

    [Test]
    public void Browsers_on_a_grid_node_may_resolve_the_configured_fakes_and_page_while_everything_else_stays_closed()
    {
        var settings = new HarnessSettings
        {
            Fakes = new FakesSettings { CrmUrl = "http://e2e-host:4510", CdpApiUrl = "http://10.0.0.7:4520" },
            Deployed = new DeployedSettings { CustomerPageUrl = "http://cdp.e2e-host:5173/customers/{customerId}" },
        };

        var rule = ChromiumFlags.ClosedNetworkReaching(ChromiumFlags.ConfiguredHosts(settings)).Single(f => f.StartsWith("--host-resolver-rules=", StringComparison.Ordinal));

        rule.Should().EndWith("MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1, EXCLUDE e2e-host, EXCLUDE 10.0.0.7, EXCLUDE cdp.e2e-host");
        ChromiumFlags.ClosedNetwork.Should().Contain(f => f.EndsWith("MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1", StringComparison.Ordinal));
    }

    // A one-route HTTP server on a free loopback port: what a grid (or something else) answers at GET /status.
    private static HttpListener StatusServer(string body, out string url)
    {
        url = $"http://127.0.0.1:{LoopbackPort.Free()}";
        var listener = new HttpListener();
        listener.Prefixes.Add(url + "/");
        listener.Start();
        _ = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            var bytes = Encoding.UTF8.GetBytes(context.Request.Url!.AbsolutePath == "/status" ? body : "");
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        });
        return listener;
    }
}
