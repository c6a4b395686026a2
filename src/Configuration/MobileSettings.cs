namespace Cdp.TicketE2E.Configuration;

/// <summary>What the mobile channel drives: the reference mobile app in Chromium, or a real app through UiAutomator2 / XCUITest.</summary>
public enum MobilePlatform { ReferenceWeb, Android, Ios }

/// <summary>
/// The mobile track: which platform's locator map and capabilities, which Appium server, and the open mobile
/// question the scenarios depend on (OQ-M2). The defaults drive the embedded reference app through a harness-managed
/// Appium 3 server; a device run is configuration only (docs/real-device.md).
/// </summary>
public sealed record MobileSettings
{
    /// <summary>Picks the locator map and the base capabilities.</summary>
    public MobilePlatform Platform { get; init; } = MobilePlatform.ReferenceWeb;

    /// <summary>An Appium server to use (a device farm, a Selenium Grid); empty starts the project-local one on a free loopback port.</summary>
    public string ServerUrl { get; init; } = "";

    /// <summary>The Appium launcher; empty means <c>node_modules/.bin/appium</c> under the repository root (scripts/ensure-appium.sh).</summary>
    public string AppiumExecutable { get; init; } = "";

    /// <summary>How long the harness-managed server may take to report ready.</summary>
    public int ServerStartTimeoutSeconds { get; init; } = 60;

    /// <summary>The chromedriver the Chromium driver runs (<c>appium:executable</c>); never downloaded.</summary>
    public string ChromedriverExecutable { get; init; } = "/usr/bin/chromedriver";

    /// <summary>The emulated device's CSS viewport and pixel ratio (Chromium <c>mobileEmulation.deviceMetrics</c>).</summary>
    public int DeviceWidth { get; init; } = 390;

    /// <inheritdoc cref="DeviceWidth"/>
    public int DeviceHeight { get; init; } = 844;

    /// <inheritdoc cref="DeviceWidth"/>
    public double DevicePixelRatio { get; init; } = 3;

    /// <summary>Keep one Appium session per parallel worker across scenarios (reset by opening a fresh URL); false opens one per scenario.</summary>
    public bool ReuseSessions { get; init; } = true;

    /// <summary>The permission that gates "Create New" (mobile PRD: <c>permission.update</c>).</summary>
    public string UpdatePermission { get; init; } = "permission.update";

    /// <summary>The app's ticket feature flag (its name is not in the sources).</summary>
    public string TicketFlag { get; init; } = "ticket";

    /// <summary>The pipeline the create screen is opened for (mobile PRD: <c>CreateTicketArgument(pipelineId)</c>; which one is not in the sources).</summary>
    public string PipelineId { get; init; } = "tickets";

    /// <summary>OQ-M2: the create ticket screen accepts the contact pre-filled as a customer.</summary>
    public bool PrefillSupported { get; init; } = true;

    /// <summary>Extra capabilities merged over the platform's base ones (e.g. <c>appium:app</c>, <c>appium:udid</c>); values are strings.</summary>
    public Dictionary<string, string> Capabilities { get; init; } = [];

    /// <summary>
    /// Where a device run opens the contact: a deep-link template with <c>{contactId}</c>, and <c>{token}</c> where the build signs in
    /// with the scenario user's token of the fake services (empty for the reference app, which the harness serves).
    /// </summary>
    public string ContactDeepLink { get; init; } = "";

    /// <summary>Fails fast, naming the key and what is allowed.</summary>
    public void Validate()
    {
        if (ServerUrl.Length > 0 && !Uri.TryCreate(ServerUrl, UriKind.Absolute, out _))
            throw new SettingsException($"E2E:Mobile:ServerUrl is '{ServerUrl}'; allowed: empty (start Appium here) or an absolute http(s) URL.");
        if (ServerStartTimeoutSeconds is < 1 or > 600)
            throw new SettingsException($"E2E:Mobile:ServerStartTimeoutSeconds is {ServerStartTimeoutSeconds}; allowed 1 to 600.");
        if (DeviceWidth is < 200 or > 3000 || DeviceHeight is < 200 or > 3000 || DevicePixelRatio is < 1 or > 5)
            throw new SettingsException($"E2E:Mobile device metrics {DeviceWidth}x{DeviceHeight}@{DevicePixelRatio}; allowed 200-3000 px and a ratio of 1 to 5.");
        if (Platform != MobilePlatform.ReferenceWeb && ContactDeepLink.Length == 0)
            throw new SettingsException($"E2E:Mobile:Platform is {Platform}, which needs E2E:Mobile:ContactDeepLink (e.g. qontak://contacts/{{contactId}}); see docs/real-device.md.");
    }
}
