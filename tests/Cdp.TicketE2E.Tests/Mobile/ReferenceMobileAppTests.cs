using System.Net;
using Cdp.TicketE2E.ReferenceApps.Mobile;
using Cdp.TicketE2E.ReferenceApps.Web;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Mobile;

/// <summary>The reference mobile app over plain HTTP: address, the served app with its settings, assets, validation.</summary>
[TestFixture]
public sealed class ReferenceMobileAppTests
{
    private static readonly Uri Crm = new("http://localhost:5555");

    [Test]
    public async Task The_contact_screen_is_served_on_127_0_0_1_with_the_settings_as_a_json_config_block()
    {
        var settings = MobileAppSettings.Default(Crm) with
        {
            TicketFlag = "tickets_v2",
            PrefillSupported = false,
            Defects = new HashSet<SeededDefect> { SeededDefect.NoSummaryRefresh, SeededDefect.DuplicatesContact },
        };
        await using var app = await ReferenceMobileApp.StartAsync(settings);
        using var http = new HttpClient();

        using var response = await http.GetAsync(app.ContactScreen("cust-ana wijaya"));
        var html = await response.Content.ReadAsStringAsync();

        app.BaseUrl.Host.Should().Be("127.0.0.1");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        html.Should().Contain("\"contactId\":\"cust-ana wijaya\"")
            .And.Contain("\"apiBaseUrl\":\"http://localhost:5555/\"")
            .And.Contain("\"sessionKey\":\"crm.session\"")
            .And.Contain("\"updatePermission\":\"permission.update\"")
            .And.Contain("\"ticketFlag\":\"tickets_v2\"")
            .And.Contain("\"prefillSupported\":false")
            .And.Contain("\"defects\":[\"DuplicatesContact\",\"NoSummaryRefresh\"]")
            .And.Contain("data-testid=\"ticket-summary\"");
    }

    [TestCase("app.js", "text/javascript")]
    [TestCase("navigation.js", "text/javascript")]
    [TestCase("app.css", "text/css")]
    public async Task Scripts_and_styles_are_served(string file, string mediaType)
    {
        await using var app = await ReferenceMobileApp.StartAsync(MobileAppSettings.Default(Crm));
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(app.BaseUrl, "assets/" + file));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
    }

    [TestCase("app.html")]
    [TestCase("missing.js")]
    public async Task Templates_and_unknown_files_are_not_served(string file)
    {
        await using var app = await ReferenceMobileApp.StartAsync(MobileAppSettings.Default(Crm));
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(app.BaseUrl, "assets/" + file));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_blank_page_of_the_apps_origin_is_where_a_session_is_put_in_place()
    {
        await using var app = await ReferenceMobileApp.StartAsync(MobileAppSettings.Default(Crm));
        using var http = new HttpClient();

        using var response = await http.GetAsync(app.SignInPage);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        app.SignInPage.GetLeftPart(UriPartial.Authority).Should().Be(app.BaseUrl.GetLeftPart(UriPartial.Authority));
    }

    [Test]
    public async Task Two_apps_run_side_by_side_on_their_own_ports()
    {
        await using var first = await ReferenceMobileApp.StartAsync(MobileAppSettings.Default(Crm));
        await using var second = await ReferenceMobileApp.StartAsync(MobileAppSettings.Default(Crm));

        first.BaseUrl.Port.Should().NotBe(second.BaseUrl.Port);
    }

    [Test]
    public async Task A_relative_api_url_fails_naming_the_setting()
    {
        var start = () => ReferenceMobileApp.StartAsync(MobileAppSettings.Default(new Uri("/api", UriKind.Relative)));

        await start.Should().ThrowAsync<ArgumentException>().WithMessage("*ApiBaseUrl*");
    }
}
