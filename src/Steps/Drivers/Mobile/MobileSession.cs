using Cdp.TicketE2E.Steps.World;
using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Drivers.Mobile.Locators;
using Cdp.TicketE2E.Steps.Targets;
using OpenQA.Selenium;
using OpenQA.Selenium.Remote;

namespace Cdp.TicketE2E.Steps.Drivers.Mobile;

/// <summary>
/// A scenario's Appium session, rented on first use. When the scenario fails it leaves a screenshot and the page
/// source (the view hierarchy on a device) as evidence before the session goes back to the pool.
/// </summary>
public sealed class MobileSession(MobileSessionPool pool, HarnessSettings settings, ScenarioEvidence evidence) : IDisposable
{
    private RemoteWebDriver? driver;

    /// <summary>
    /// Opens the app at the entry's address (the reference app's contact URL, or a device deep link), signed in first when
    /// the entry says how, and returns the UI to drive.
    /// </summary>
    public async Task<MobileUi> OpenAsync(MobileEntry entry)
    {
        driver ??= await pool.RentAsync();
        if (entry.SignIn is { } signIn)
        {
            // Stored sign-in state, as a signed-in app keeps it: the token goes where the app reads it, never through a login form.
            driver.Navigate().GoToUrl(signIn.Page);
            driver.ExecuteScript("localStorage.setItem(arguments[0], arguments[1])", signIn.Key, signIn.Token);
        }
        driver.Navigate().GoToUrl(entry.Contact);
        return new MobileUi(driver, LocatorMap.For(settings.Mobile.Platform), TimeSpan.FromSeconds(settings.Run.ExpectTimeoutSeconds));
    }

    /// <summary>Gives the session back to the pool; safe to call again.</summary>
    public void Close()
    {
        if (driver is null) return;
        var closing = driver;
        driver = null;
        pool.Return(closing);
    }

    /// <inheritdoc />
    // The after-scenario hooks close this in their visible order; Reqnroll skips the hooks after one that fails, and its
    // scenario container disposes (synchronously) what they left, so nothing leaks into the next scenario.
    public void Dispose() => Close();

    /// <summary>When the scenario failed: a screenshot and the page source (the view hierarchy on a device). Nothing when no app was opened.</summary>
    public void KeepEvidence()
    {
        if (driver is null || !evidence.Failed) return;
        var session = driver;
        try
        {
            evidence.AttachFile("screenshot.png", session.GetScreenshot().AsByteArray);
            // The reference app's source is its DOM; a device's is the native view hierarchy as XML.
            if (settings.Mobile.Platform == MobilePlatform.ReferenceWeb) evidence.AttachText("page-source.html", session.PageSource);
            else evidence.AttachText("page-source.xml", session.PageSource);
        }
        catch (WebDriverException e)
        {
            evidence.AttachText("appium-evidence-error.txt", $"The session could not give evidence: {e.Message}");
        }
    }
}
