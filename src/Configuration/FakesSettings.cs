using Cdp.TicketE2E.Fakes;

namespace Cdp.TicketE2E.Configuration;

/// <summary>How the run reaches the fake services: its own copy, or standing ones another process started.</summary>
public enum FakesMode
{
    /// <summary>The run starts the fake CRM and fake CDP API in its own process on free loopback ports.</summary>
    InProcess,

    /// <summary>The fakes run elsewhere (<c>./e2e fakes</c>) at <see cref="FakesSettings.CrmUrl"/> and <see cref="FakesSettings.CdpApiUrl"/>; nothing is started.</summary>
    Standing,
}

/// <summary>The fake services (docs/fake-services.md). Scenarios share them and isolate by their own tenant.</summary>
public sealed record FakesSettings
{
    /// <summary>Whether the run starts its own fakes or uses standing ones. A deployed target always uses standing ones (or real backends).</summary>
    public FakesMode Mode { get; init; } = FakesMode.InProcess;

    /// <summary>The standing fake CRM (also where <c>./e2e fakes</c> listens).</summary>
    public string CrmUrl { get; init; } = FakeServicesOptions.Standing.CrmUrl.GetLeftPart(UriPartial.Authority);

    /// <summary>The standing fake CDP API (also where <c>./e2e fakes</c> listens).</summary>
    public string CdpApiUrl { get; init; } = FakeServicesOptions.Standing.CdpApiUrl.GetLeftPart(UriPartial.Authority);

    /// <summary>The standing addresses as fake-service options; a bad value fails naming the key.</summary>
    public FakeServicesOptions StandingOptions()
    {
        var options = new FakeServicesOptions(Url(CrmUrl, "CrmUrl"), Url(CdpApiUrl, "CdpApiUrl"));
        return options.Problem() is { } problem ? throw new SettingsException($"E2E:Fakes: {problem}") : options;
    }

    /// <summary>Fails fast, naming the key and what is allowed.</summary>
    public void Validate() => StandingOptions();

    private static Uri Url(string value, string key) =>
        Uri.TryCreate(value.EndsWith('/') ? value : value + "/", UriKind.Absolute, out var url)
            ? url
            : throw new SettingsException($"E2E:Fakes:{key} is '{value}'; allowed: an http URL of a host and port, such as http://localhost:4510.");
}
