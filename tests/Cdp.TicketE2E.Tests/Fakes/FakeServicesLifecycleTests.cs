using System.Net;
using System.Net.Sockets;
using Cdp.TicketE2E.Fakes;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Fakes;

/// <summary>Starting, addressing and stopping the fake services; what a bad address or a taken port says.</summary>
[TestFixture]
public sealed class FakeServicesLifecycleTests
{
    [Test]
    public async Task The_crm_and_the_cdp_api_are_two_origins_and_both_answer_the_control_api()
    {
        await using var services = await FakeServices.StartAsync(FakeServicesOptions.FreePorts);

        services.CrmUrl.Host.Should().Be("localhost");
        services.CdpApiUrl.Host.Should().Be("127.0.0.1");
        services.CrmUrl.Port.Should().NotBe(0).And.NotBe(services.CdpApiUrl.Port);
        using var crm = new FakeServicesClient(services.CrmUrl);
        using var cdp = new FakeServicesClient(services.CdpApiUrl);
        await crm.EnsureUpAsync();
        await cdp.EnsureUpAsync();
    }

    [Test]
    public async Task A_preflighted_call_with_a_bearer_token_from_another_origin_is_allowed()
    {
        await using var services = await FakeServices.StartAsync(FakeServicesOptions.FreePorts);
        using var http = new HttpClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, new Uri(services.CdpApiUrl, "v1/leads/C-1/tickets/T-1"));
        preflight.Headers.Add("Origin", "http://127.0.0.1:9");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");

        using var response = await http.SendAsync(preflight);

        response.IsSuccessStatusCode.Should().BeTrue();
        response.Headers.GetValues("Access-Control-Allow-Origin").Single().Should().BeOneOf("*", "http://127.0.0.1:9");
        response.Headers.GetValues("Access-Control-Allow-Headers").Single().Should().ContainAny("*", "authorization");
    }

    [Test]
    public async Task Stopping_releases_both_ports()
    {
        var services = await FakeServices.StartAsync(FakeServicesOptions.FreePorts);
        var health = new Uri(services.CdpApiUrl, "__fake/health");
        await services.DisposeAsync();
        await services.DisposeAsync();

        using var http = new HttpClient();
        await http.Invoking(h => h.GetAsync(health)).Should().ThrowAsync<HttpRequestException>();
    }

    [Test]
    public async Task A_taken_port_is_named_with_the_setting_that_moves_it()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var start = () => FakeServices.StartAsync(FakeServicesOptions.FreePorts with { CrmUrl = new Uri($"http://localhost:{port}/") });

        (await start.Should().ThrowAsync<InvalidOperationException>())
            .WithMessage($"*fake CRM could not listen on 127.0.0.1:{port}*E2E:Fakes:CrmUrl*");
    }

    [TestCase("http://localhost:4510/app/", "*CrmUrl*host and port only*")]
    [TestCase("https://localhost:4510/", "*CrmUrl*http URL*")]
    public async Task An_address_that_cannot_work_is_refused_before_anything_starts(string crmUrl, string message)
    {
        var start = () => FakeServices.StartAsync(FakeServicesOptions.Standing with { CrmUrl = new Uri(crmUrl) });

        (await start.Should().ThrowAsync<ArgumentException>()).WithMessage(message);
    }

    [Test]
    public async Task The_crm_and_the_cdp_api_on_one_origin_are_refused()
    {
        var start = () => FakeServices.StartAsync(new FakeServicesOptions(new Uri("http://127.0.0.1:4999/"), new Uri("http://127.0.0.1:4999/")));

        (await start.Should().ThrowAsync<ArgumentException>()).WithMessage("*must be two origins*");
    }

    [Test]
    public async Task A_client_of_services_that_are_not_running_says_how_to_start_them()
    {
        using var client = new FakeServicesClient(new Uri("http://127.0.0.1:9/"));

        (await client.Invoking(c => c.EnsureUpAsync()).Should().ThrowAsync<FakeServicesUnavailableException>())
            .WithMessage("*http://127.0.0.1:9/ do not answer*./e2e fakes*");
    }
}
