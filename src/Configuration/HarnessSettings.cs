namespace Cdp.TicketE2E.Configuration;

/// <summary>
/// The system under test (README, "Targets"). <c>Reference</c>: the in-repo reference web page and mobile app.
/// <c>Vue</c>: the separately written Vue 3 CDP page (src/CdpWebVue), with the reference mobile app. <c>Deployed</c>:
/// a build started elsewhere, reached at configured addresses (<see cref="DeployedSettings"/>); nothing is started.
/// </summary>
public enum TargetKind { Reference, Vue, Deployed }

/// <summary>
/// When a Playwright trace is recorded and kept. Recording costs about a second a scenario, so by default only a retry is
/// traced (as Playwright Test's on-first-retry): a first failure still leaves its screenshot, console, network journal,
/// postMessage traffic and the fakes' journal, and a failure that repeats on the retry leaves the trace as well.
/// OnFailure records every attempt and keeps the failing ones' traces; Always keeps every trace.
/// </summary>
public enum TracePolicy { Off, OnRetry, OnFailure, Always }

/// <summary>Browser launch settings.</summary>
public sealed record BrowserSettings
{
    /// <summary>
    /// The Chromium binary of headed web sessions and of the mobile sessions (Appium's Chromium driver); empty uses a
    /// Playwright-managed browser when one is installed.
    /// </summary>
    public string ExecutablePath { get; init; } = "/usr/bin/chromium";

    /// <summary>
    /// The headless-only Chromium build of headless web sessions (Debian's chromium-headless-shell, the build Playwright
    /// itself uses for headless runs): it costs the cores about a third of full Chromium's headless mode per scenario.
    /// Empty, or not installed, uses <see cref="ExecutablePath"/>. Not for the mobile sessions: Appium's chromedriver takes
    /// 20 s to quit the shell and leaves it running.
    /// </summary>
    public string HeadlessShellPath { get; init; } = "/usr/bin/chromium-headless-shell";

    /// <summary>False shows the window (needs a display).</summary>
    public bool Headless { get; init; } = true;
}

/// <summary>Per-run execution settings.</summary>
public sealed record RunSettings
{
    /// <summary>Extra attempts for a failed scenario; a later pass is reported FLAKY.</summary>
    public int Retries { get; init; }

    /// <summary>A step running longer than this fails.</summary>
    public int StepTimeoutSeconds { get; init; } = 60;

    /// <summary>How long an expectation on the page waits for its condition.</summary>
    public int ExpectTimeoutSeconds { get; init; } = 5;

    /// <summary>
    /// How long a page load may take (Playwright's own default): a cold browser's or a deployed build's first load can
    /// outlast an expectation's few seconds without anything being wrong.
    /// </summary>
    public int NavigationTimeoutSeconds { get; init; } = 30;


    /// <summary>The commit under test, recorded in the reports.</summary>
    public string Commit { get; init; } = "unknown";

    /// <summary>The selection (filter) that produced this run, recorded in the reports.</summary>
    public string Selection { get; init; } = "";
}

/// <summary>Evidence kept for failing scenarios.</summary>
public sealed record EvidenceSettings
{
    /// <summary>When to record and keep a Playwright trace.</summary>
    public TracePolicy Trace { get; init; } = TracePolicy.OnRetry;
}

/// <summary>Where things are on disk; empty means "found from the repository root".</summary>
public sealed record PathSettings
{
    /// <summary>The folder of *.feature files.</summary>
    public string Features { get; init; } = "";

    /// <summary>Where the run writes cucumber.ndjson and evidence.</summary>
    public string Reports { get; init; } = "";
}

/// <summary>
/// The harness's one typed configuration: appsettings.json, overridden by E2E__* environment
/// variables (which the ./e2e command sets from its options). See <see cref="SettingsLoader"/>.
/// </summary>
public sealed record HarnessSettings
{
    /// <summary>Which system is under test.</summary>
    public TargetKind Target { get; init; } = TargetKind.Reference;

    /// <summary>Browser launch settings.</summary>
    public BrowserSettings Browser { get; init; } = new();

    /// <summary>Execution settings.</summary>
    public RunSettings Run { get; init; } = new();

    /// <summary>Evidence settings.</summary>
    public EvidenceSettings Evidence { get; init; } = new();

    /// <summary>What the web customer page must do where the sources leave it open (sandbox, embed-source marker).</summary>
    public WebTargetSettings Web { get; init; } = new();

    /// <summary>The mobile track: Appium server, platform, capabilities.</summary>
    public MobileSettings Mobile { get; init; } = new();

    /// <summary>The in-repo targets' apps (reference and Vue): their seeded defects.</summary>
    public ReferenceAppSettings ReferenceApps { get; init; } = new();

    /// <summary>The fake CRM and fake CDP API: started by the run, or standing at configured addresses.</summary>
    public FakesSettings Fakes { get; init; } = new();

    /// <summary>Where a deployed target is, and which backends it talks to.</summary>
    public DeployedSettings Deployed { get; init; } = new();

    /// <summary>A Selenium Grid 4 that serves the browsers and Appium sessions; empty runs them here.</summary>
    public GridSettings Grid { get; init; } = new();

    /// <summary>The gate policy (how a FLAKY scenario counts), for ./e2e run when no --flaky is given.</summary>
    public GateSettings Gate { get; init; } = new();

    /// <summary>Folders.</summary>
    public PathSettings Paths { get; init; } = new();
}
