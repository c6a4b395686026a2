namespace Cdp.TicketE2E.Configuration;

/// <summary>Which backends a deployed build talks to.</summary>
public enum DeployedBackend
{
    /// <summary>The standing fake services (<c>./e2e fakes</c>), which the build is configured to embed and call: every precondition can be arranged.</summary>
    Fakes,

    /// <summary>Real CRM and CDP backends: nothing can be arranged or read there, so scenarios that need it are reported NOT RUN with the reason.</summary>
    Real,
}

/// <summary>A target started elsewhere (<c>--target deployed</c>): where its pages are and what it talks to.</summary>
public sealed record DeployedSettings
{
    /// <summary>The customer page of the build, with <c>{customerId}</c>, e.g. <c>http://127.0.0.1:5173/customers/{customerId}</c>.</summary>
    public string CustomerPageUrl { get; init; } = "";

    /// <summary>The standing fakes, or real backends.</summary>
    public DeployedBackend Backend { get; init; } = DeployedBackend.Fakes;

    /// <summary>Real backends: an existing customer with no associated tickets, used wherever a scenario names its customer.</summary>
    public string CustomerId { get; init; } = "";

    /// <summary>Real backends: the test accounts, as Playwright storage-state files (a sign-in made outside the harness).</summary>
    public DeployedAccounts Accounts { get; init; } = new();

    /// <summary>Fails fast for an address that cannot work, naming the key (an empty one fails at the first web scenario).</summary>
    public void Validate(TargetKind target)
    {
        if (target != TargetKind.Deployed || CustomerPageUrl.Length == 0) return;
        if (!CustomerPageUrl.Contains("{customerId}", StringComparison.Ordinal)
            || !Uri.TryCreate(CustomerPageUrl.Replace("{customerId}", "x", StringComparison.Ordinal), UriKind.Absolute, out var url)
            || url.Scheme is not ("http" or "https"))
            throw new SettingsException(
                $"E2E:Deployed:CustomerPageUrl is '{CustomerPageUrl}'; --target deployed needs the build's customer page as an http(s) URL " +
                "with {customerId}, e.g. http://127.0.0.1:5173/customers/{customerId}.");
    }
}

/// <summary>
/// The test accounts of a deployed target with real backends, each a path to a Playwright storage-state file produced by
/// signing in through an API (never by typing a password into a traced page). Paths come from the environment; the files
/// hold secrets, so the harness never logs them and records no trace when it uses them.
/// </summary>
public sealed record DeployedAccounts
{
    /// <summary>May create tickets, with the ticket feature on.</summary>
    public string Permitted { get; init; } = "";

    /// <summary>Lacks the create permission, with the ticket feature on.</summary>
    public string NotPermitted { get; init; } = "";

    /// <summary>May create tickets, with the ticket feature off.</summary>
    public string FlagOff { get; init; } = "";
}
