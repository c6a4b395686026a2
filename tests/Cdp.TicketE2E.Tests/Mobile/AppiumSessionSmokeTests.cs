using System.Diagnostics;
using Cdp.TicketE2E.Fakes;
using Cdp.TicketE2E.ReferenceApps.Mobile;
using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Drivers.Mobile;
using Cdp.TicketE2E.Steps.Drivers.Mobile.Appium;
using Cdp.TicketE2E.Steps.Drivers.Mobile.Locators;
using Cdp.TicketE2E.Steps.Drivers.Mobile.Screens;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Mobile;

/// <summary>
/// One real Appium 3 session (Chromium driver, mobile emulation) against the reference mobile app and the fake services,
/// through the same screen objects and sign-in the suite uses. Prints the timings the mobile track is measured by.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class AppiumSessionSmokeTests
{
    [Test]
    public async Task A_session_creates_a_ticket_from_the_contact_and_the_app_associates_it()
    {
        var settings = new HarnessSettings();
        await using var server = new AppiumServer(settings);
        await using var pool = new MobileSessionPool(server, settings);
        await using var fakes = await FakeServices.StartAsync(FakeServicesOptions.FreePorts);
        using var control = fakes.Client();
        var tenant = control.Tenant("smoke");
        await tenant.GivenUserAsync("smoke-token", new FakeUser("agent", ["permission.update"], new Dictionary<string, bool> { ["ticket"] = true }));
        await tenant.GivenCustomerAsync("C-1", "Ana Wijaya");
        await using var app = await ReferenceMobileApp.StartAsync(MobileAppSettings.Default(fakes.CrmUrl));

        var driver = await pool.RentAsync();
        var ui = new MobileUi(driver, LocatorMap.For(MobilePlatform.ReferenceWeb), TimeSpan.FromSeconds(10));
        var clock = Stopwatch.StartNew();
        driver.Navigate().GoToUrl(app.SignInPage);
        driver.ExecuteScript("localStorage.setItem(arguments[0], arguments[1])", "crm.session", "smoke-token");
        driver.Navigate().GoToUrl(app.ContactScreen("C-1"));
        var contact = new ContactScreen(ui);
        contact.OpenOthersTab();
        var opened = clock.Elapsed;
        var form = contact.OpenTicketOptions().ChooseCreateNew();
        form.Customers().Should().Equal(["Ana Wijaya"], "the create screen opens with the contact pre-filled");
        form.EnterTitle("Refund not received");
        form.Submit();
        form.WaitForOutcome().Should().BeNull("the ticket is created and the screen closes");
        contact.WaitIdle();
        var created = clock.Elapsed;
        pool.Return(driver);

        contact.Should().NotBeNull();
        var backends = await tenant.ReadAsync();
        backends.AssociationUpdatesFor("Refund not received").Should().ContainSingle()
            .Which.QontakCustomerIds.Should().Equal("C-1");
        backends.TicketsAssociatedTo("C-1").Select(t => t.Title).Should().Equal("Refund not received");
        var reused = await pool.RentAsync();
        reused.Should().BeSameAs(driver, "an idle session is reused rather than a new one opened");
        TestContext.Out.WriteLine(
            $"server start {server.StartDuration?.TotalSeconds:0.00} s; session start {pool.SessionStartDurations.Single().TotalSeconds:0.00} s; " +
            $"open contact + Others {opened.TotalSeconds:0.00} s; create + associate + refresh {(created - opened).TotalSeconds:0.00} s");
    }
}
