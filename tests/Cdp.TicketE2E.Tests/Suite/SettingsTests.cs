using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Drivers.Web;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Suite;

public sealed class SettingsTests
{
    private static HarnessSettings Load(params (string Key, string Value)[] values) =>
        SettingsLoader.Load(AppContext.BaseDirectory, values.ToDictionary(v => "E2E:" + v.Key, v => (string?)v.Value));

    [Test]
    public void Defaults_come_from_appsettings_and_paths_resolve_to_the_repository()
    {
        var settings = Load();

        settings.Target.Should().Be(TargetKind.Reference);
        settings.Browser.ExecutablePath.Should().Be("/usr/bin/chromium");
        settings.Paths.Features.Should().EndWith("/features");
        Directory.Exists(settings.Paths.Features).Should().BeTrue();
    }

    [Test]
    public void A_later_source_overrides_an_earlier_one()
    {
        Load(("Run:Retries", "2"), ("Browser:Headless", "false")).Should().Match<HarnessSettings>(s => s.Run.Retries == 2 && !s.Browser.Headless);
    }

    [TestCase("Target", "staging", "Allowed values for TargetKind: Reference, Vue, Deployed")]
    [TestCase("Evidence:Trace", "sometimes", "Allowed values for TracePolicy: Off, OnRetry, OnFailure, Always")]
    [TestCase("Run:Retries", "9", "E2E:Run:Retries is 9; allowed 0 to 5")]
    [TestCase("Run:NavigationTimeoutSeconds", "0", "E2E:Run:NavigationTimeoutSeconds is 0; allowed 1 to 600.")]
    [TestCase("ReferenceApps:Defects:0", "Typo", "Allowed: NoListRefresh")]
    [TestCase("Browser:Headles", "true", "Headles")]
    [TestCase("Deployed:CustomerPageUrl", "http://cdp.test/customers", "E2E:Deployed:CustomerPageUrl is 'http://cdp.test/customers'; --target deployed needs")]
    [TestCase("Fakes:CrmUrl", "http://localhost:4510/app", "E2E:Fakes: CrmUrl is 'http://localhost:4510/app/'; it must be an http URL of a host and port only")]
    [TestCase("Fakes:Mode", "Shared", "Allowed values for FakesMode: InProcess, Standing")]
    [TestCase("Web:SandboxTokens", "allow-scripts allow-evil", "E2E:Web:SandboxTokens has 'allow-evil', not a sandbox token. Allowed: allow-downloads")]
    [TestCase("Web:EmbedSourceValue", " ", "must not be empty")]
    public void A_bad_value_fails_fast_naming_the_key_and_what_is_allowed(string key, string value, string expected)
    {
        var target = key == "Target" ? [] : new[] { ("Target", key.StartsWith("Deployed", StringComparison.Ordinal) ? "Deployed" : "Reference") };
        var act = () => Load([(key, value), .. target]);

        act.Should().Throw<SettingsException>().Which.Message.Should().Contain(expected);
    }

    [TestCase("Vue", "NoListRefresh", "Allowed: ResizeWithoutPx")]
    [TestCase("Reference", "ResizeWithoutPx", "Allowed: NoListRefresh")]
    [TestCase("Deployed", "NoListRefresh", "seeded defects exist only in the in-repo targets")]
    public void A_seeded_defect_is_checked_against_the_targets_own_list(string target, string defect, string expected)
    {
        var act = () => Load(("Target", target), ("ReferenceApps:Defects:0", defect));

        act.Should().Throw<SettingsException>().Which.Message.Should().Contain(expected);
    }

    [Test]
    public void The_web_unknowns_default_to_the_PRD_reading_and_the_sandbox_is_a_whole_attribute_value()
    {
        var web = Load().Web;

        web.ParsedSandboxTokens().Should().BeEquivalentTo(["allow-scripts", "allow-forms", "allow-same-origin"]);
        (web.EmbedSourceParameter, web.EmbedSourceValue).Should().Be(("embed_source", "cdp"));
        Load(("Web:SandboxTokens", "allow-scripts")).Web.ParsedSandboxTokens().Should().BeEquivalentTo(["allow-scripts"],
            "an override replaces the tokens rather than merging with the defaults");
    }

    [Test]
    public void A_missing_browser_says_what_to_install_and_what_to_configure()
    {
        var emptyManagedRoot = Directory.CreateTempSubdirectory().FullName;

        var act = () => BrowserLauncher.Options(new BrowserSettings { ExecutablePath = "/nonexistent/chromium", HeadlessShellPath = "/nonexistent/shell" }, emptyManagedRoot);

        act.Should().Throw<BrowserMissingException>()
            .WithMessage("*'/nonexistent/chromium'*'/nonexistent/shell'*apt-get install chromium chromium-driver chromium-headless-shell*E2E__Browser__ExecutablePath*");
    }

    [Test]
    public void A_playwright_managed_chromium_is_used_when_the_configured_binary_is_missing()
    {
        var managedRoot = Directory.CreateTempSubdirectory().FullName;
        Directory.CreateDirectory(Path.Combine(managedRoot, "chromium-1200"));

        BrowserLauncher.Options(new BrowserSettings { ExecutablePath = "/nonexistent/chromium", HeadlessShellPath = "" }, managedRoot).ExecutablePath.Should().BeNull();
    }

    [Test]
    public void Headless_web_sessions_use_the_headless_shell_when_it_is_installed_and_headed_ones_full_chromium()
    {
        var chromium = Path.GetTempFileName();
        var shell = Path.GetTempFileName();
        var browser = new BrowserSettings { ExecutablePath = chromium, HeadlessShellPath = shell };

        BrowserLauncher.Options(browser).ExecutablePath.Should().Be(shell);
        BrowserLauncher.Options(browser with { Headless = false }).ExecutablePath.Should().Be(chromium, "the shell has no window");
        BrowserLauncher.Options(browser with { HeadlessShellPath = "/nonexistent/shell" }).ExecutablePath.Should().Be(chromium, "a machine without the shell runs full Chromium headless");
        Load().Browser.HeadlessShellPath.Should().Be("/usr/bin/chromium-headless-shell");
    }
}
