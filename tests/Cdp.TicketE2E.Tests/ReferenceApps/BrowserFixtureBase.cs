using System.Collections.Concurrent;
using Cdp.TicketE2E.Fakes;
using Cdp.TicketE2E.ReferenceApps.Web;
using Microsoft.Playwright;
using NUnit.Framework;
using NUnit.Framework.Interfaces;

namespace Cdp.TicketE2E.Tests.ReferenceApps;

/// <summary>
/// One Chromium per fixture; each test gets its own FakeCrm, reference host and browser context, which the
/// fixture tears down after the test and, when the test failed, prints as evidence.
/// </summary>
public abstract class BrowserFixtureBase
{
    // Keyed by test id so tests of one fixture may run in parallel without sharing a scenario.
    private readonly ConcurrentDictionary<string, CustomerPageScenario> _scenarios = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    [OneTimeSetUp]
    public async Task LaunchBrowser()
    {
        if (!File.Exists(TestChromium.ExecutablePath))
            Assert.Fail($"{TestChromium.ExecutablePath} is missing; install Debian's 'chromium' package (apt-get install chromium) to run browser tests.");
        _playwright = await Playwright.CreateAsync();
        _browser = await TestChromium.LaunchAsync(_playwright);
    }

    [TearDown]
    public async Task EndScenario()
    {
        if (!_scenarios.TryRemove(TestContext.CurrentContext.Test.ID, out var scenario))
            return;
        if (TestContext.CurrentContext.Result.Outcome.Status == TestStatus.Failed)
            await TestContext.Out.WriteLineAsync(await scenario.EvidenceAsync());
        await scenario.DisposeAsync();
    }

    [OneTimeTearDown]
    public async Task CloseBrowser()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    /// <summary>Starts a FakeCrm and a reference page wired to it (permission and flag on unless adjusted).</summary>
    protected async Task<CustomerPageScenario> StartScenarioAsync(
        Func<CdpHostSettings, CdpHostSettings>? adjust = null, FakeCrmOptions? crmOptions = null)
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser starts in OneTimeSetUp.");
        var scenario = await CustomerPageScenario.StartAsync(browser, adjust, crmOptions);
        _scenarios[TestContext.CurrentContext.Test.ID] = scenario;
        return scenario;
    }
}
