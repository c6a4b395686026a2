using OpenQA.Selenium;
using OpenQA.Selenium.Remote;
using OpenQA.Selenium.Support.UI;

namespace Cdp.TicketE2E.RawBaseline;

/// <summary>
/// The mobile flow in plain Selenium against an Appium server's Chromium driver in mobile emulation, written as a careful
/// engineer would: one session reused across iterations (a blank page between them), the user signed in through
/// localStorage, explicit waits on conditions (no sleeps), the association update checked in the fake CRM.
/// </summary>
internal sealed class RawMobileFlow(BaselineEnvironment environment, RemoteWebDriver driver) : IRawFlow
{
    private readonly WebDriverWait wait = new(driver, TimeSpan.FromSeconds(5)) { PollingInterval = TimeSpan.FromMilliseconds(50) };

    public static Task<IRawFlow> StartAsync(BaselineEnvironment environment, Uri appium, string chromium, string chromedriver)
    {
        var options = new ChromeLikeOptions();
        options.AddAdditionalOption("appium:automationName", "Chromium");
        options.AddAdditionalOption("appium:executable", chromedriver);
        options.AddAdditionalOption("appium:autodownloadEnabled", false);
        options.AddAdditionalOption("goog:chromeOptions", new Dictionary<string, object>
        {
            ["binary"] = chromium,
            ["args"] = (string[])["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", .. ClosedNetwork.ChromiumFlags],
            ["mobileEmulation"] = new Dictionary<string, object>
            {
                ["deviceMetrics"] = new Dictionary<string, object> { ["width"] = 390, ["height"] = 844, ["pixelRatio"] = 3.0, ["touch"] = true },
            },
        });
        return Task.FromResult<IRawFlow>(new RawMobileFlow(environment, new RemoteWebDriver(appium, options.ToCapabilities(), TimeSpan.FromSeconds(120))));
    }

    public async Task CreateTicketAsync(string title)
    {
        var tenant = await environment.ArrangeAsync();
        driver.Navigate().GoToUrl(environment.Mobile.SignInPage);
        driver.ExecuteScript("localStorage.setItem(arguments[0], arguments[1])", environment.Mobile.Settings.SessionKey, tenant.Token);
        driver.Navigate().GoToUrl(environment.Mobile.ContactScreen(tenant.CustomerId));

        Tap("tab-others");
        Shown("ticket-summary-empty");
        Tap("ticket-add");
        Shown("ticket-option-existing");
        Tap("ticket-option-create");
        var field = Shown("create-ticket-title");
        field.Clear();
        field.SendKeys(title);
        Tap("create-ticket-submit");
        wait.Until(d => !d.FindElements(TestId("create-ticket-screen")).Any(e => e.Displayed));
        wait.Until(d => d.FindElements(TestId("ticket-summary-item")).Any(e => e.Displayed && e.Text.Trim() == title)
                        && d.FindElements(By.CssSelector("[data-testid='ticket-summary'][aria-busy='true']")).Count == 0);

        await tenant.ExpectUpdatedToIncludeAsync(title);
        await tenant.Fakes.ForgetAsync();
        driver.Navigate().GoToUrl("about:blank");
    }

    private static By TestId(string id) => By.CssSelector($"[data-testid='{id}']");

    private IWebElement Shown(string id) => wait.Until(d => d.FindElements(TestId(id)).FirstOrDefault(e => e.Displayed));

    private void Tap(string id) => Shown(id).Click();

    public ValueTask DisposeAsync()
    {
        driver.Quit();
        return ValueTask.CompletedTask;
    }

    // Appium takes W3C capabilities with platformName "linux" for its Chromium driver; Selenium's DriverOptions is abstract.
    private sealed class ChromeLikeOptions : DriverOptions
    {
        public ChromeLikeOptions() => PlatformName = "linux";

        public override ICapabilities ToCapabilities() => GenerateDesiredCapabilities(true).AsReadOnly();
    }
}
