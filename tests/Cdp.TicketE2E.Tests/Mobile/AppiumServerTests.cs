using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Drivers.Mobile.Appium;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Mobile;

/// <summary>The harness-managed Appium server: started on demand, ready by its own word, killed with its tree, and clear when missing.</summary>
[TestFixture]
[NonParallelizable] // each test starts real Node processes; two at once only slow each other down on a 2-core machine
public sealed class AppiumServerTests
{
    private static readonly string Root = RepositoryRoot.Find(AppContext.BaseDirectory);

    [Test]
    public async Task Starts_on_a_free_loopback_port_reports_ready_and_is_gone_after_dispose()
    {
        var server = new AppiumServer(new MobileSettings(), () => Root);
        Uri endpoint;
        try
        {
            var clock = Stopwatch.StartNew();
            endpoint = await server.EndpointAsync();
            TestContext.Out.WriteLine($"Appium server start: {clock.Elapsed.TotalSeconds:0.00} s (measured by the server: {server.StartDuration?.TotalSeconds:0.00} s)");

            endpoint.Host.Should().Be("127.0.0.1");
            (await server.EndpointAsync()).Should().Be(endpoint, "the run has one server, started once");
            using var http = new HttpClient();
            var status = await http.GetFromJsonAsync<JsonElement>(new Uri(endpoint, "status"));
            status.GetProperty("value").GetProperty("ready").GetBoolean().Should().BeTrue();
            server.LogPath.Should().StartWith(Path.Combine(Root, ".appium"));
        }
        finally
        {
            await server.DisposeAsync();
        }

        using var after = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var probe = () => after.GetAsync(new Uri(endpoint, "status"));
        await probe.Should().ThrowAsync<HttpRequestException>("the server process was killed");
    }

    [Test]
    public async Task A_missing_install_fails_with_the_cause_and_the_fix()
    {
        await using var server = new AppiumServer(new MobileSettings(), () => Path.Combine(Path.GetTempPath(), "no-checkout-" + Guid.NewGuid()));

        var start = () => server.EndpointAsync();

        (await start.Should().ThrowAsync<AppiumUnavailableException>())
            .WithMessage("Appium is not installed: no *node_modules/.bin/appium*scripts/ensure-appium.sh*");
    }

    [Test]
    [Platform("Linux,MacOsX")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_server_that_exits_during_start_fails_with_its_last_lines_and_every_later_call_fails_the_same_way()
    {
        var launcher = Path.Combine(Path.GetTempPath(), $"fake-appium-{Guid.NewGuid():N}.sh");
        await File.WriteAllTextAsync(launcher, "#!/bin/sh\necho 'Error: Cannot find module appium-chromium-driver'\nexit 3\n");
        File.SetUnixFileMode(launcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        try
        {
            await using var server = new AppiumServer(new MobileSettings { AppiumExecutable = launcher }, () => Root);

            var start = () => server.EndpointAsync();

            (await start.Should().ThrowAsync<AppiumUnavailableException>())
                .WithMessage("*exited during start (code 3)*Cannot find module appium-chromium-driver*ensure-appium.sh*");
            await start.Should().ThrowAsync<AppiumUnavailableException>("a failed start is kept for the run, not retried per scenario");
        }
        finally
        {
            File.Delete(launcher);
        }
    }

    [Test]
    public async Task A_configured_server_url_is_used_as_is_and_nothing_is_started()
    {
        await using var server = new AppiumServer(new MobileSettings { ServerUrl = "http://farm.test:4723/wd/hub" }, () => throw new AssertionException("no local install needed"));

        (await server.EndpointAsync()).Should().Be(new Uri("http://farm.test:4723/wd/hub"));
        server.StartDuration.Should().BeNull();
    }

    [Test]
    public void A_bad_mobile_setting_fails_fast_naming_the_key()
    {
        var create = () => new AppiumServer(new MobileSettings { Platform = MobilePlatform.Android }, () => Root);

        create.Should().Throw<SettingsException>().WithMessage("*E2E:Mobile:ContactDeepLink*docs/real-device.md*");
    }
}
