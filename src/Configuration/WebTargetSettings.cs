namespace Cdp.TicketE2E.Configuration;

/// <summary>
/// What the web customer page must do where the sources leave the value open: the frame's sandbox tokens
/// (web RFC breakdown, Task 1) and the embed-source marker on the form request (OQ-3). Steps never name them.
/// </summary>
public sealed record WebTargetSettings
{
    // The tokens the HTML standard defines; a typo in configuration must fail the run, not every sandbox check.
    private static readonly HashSet<string> KnownSandboxTokens = new(StringComparer.Ordinal)
    {
        "allow-downloads", "allow-forms", "allow-modals", "allow-orientation-lock", "allow-pointer-lock", "allow-popups",
        "allow-popups-to-escape-sandbox", "allow-presentation", "allow-same-origin", "allow-scripts",
        "allow-storage-access-by-user-activation", "allow-top-navigation", "allow-top-navigation-by-user-activation",
        "allow-top-navigation-to-custom-protocols",
    };

    /// <summary>
    /// The sandbox the form's frame must carry, exactly, written like the HTML attribute (space-separated, order free).
    /// One string rather than a list, so an override replaces it whole instead of merging by index.
    /// </summary>
    public string SandboxTokens { get; init; } = "allow-scripts allow-forms allow-same-origin";

    /// <summary>The query parameter naming the embedding source on the form request (OQ-3).</summary>
    public string EmbedSourceParameter { get; init; } = "embed_source";

    /// <summary>The value CDP puts in <see cref="EmbedSourceParameter"/> (OQ-3: it must be on CRM's allow-list).</summary>
    public string EmbedSourceValue { get; init; } = "cdp";

    /// <summary>The permission key that lets a user create tickets on web (OQ-4); granted or withheld by "the user may (not) create tickets".</summary>
    public string CreatePermission { get; init; } = "ticket.create";

    /// <summary>The CDP feature flag gating the ticket embed (its name is not in the sources).</summary>
    public string TicketFlag { get; init; } = "cdp_ticket_embed";

    /// <summary>The CDP feature flag saying CRM associates a CDP-created ticket itself (OQ-6), so the page must not.</summary>
    public string ServerSideAssociationFlag { get; init; } = "crm_ticket_auto_associate";

    /// <summary>OQ-6 where a scenario does not say: whether CRM associates a ticket created from CDP server-side.</summary>
    public bool CrmAssociatesServerSide { get; init; }

    /// <summary>The smallest frame height, in px, the page lets EMBED_RESIZE set (WEB-17); the page is configured with the same.</summary>
    public int ResizeMin { get; init; } = 120;

    /// <summary>The largest frame height, in px, the page lets EMBED_RESIZE set (WEB-17).</summary>
    public int ResizeMax { get; init; } = 1200;

    /// <summary>The sandbox tokens, parsed.</summary>
    public IReadOnlySet<string> ParsedSandboxTokens() =>
        SandboxTokens.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>Fails fast, naming the key and what is allowed.</summary>
    public void Validate()
    {
        var unknown = ParsedSandboxTokens().Where(token => !KnownSandboxTokens.Contains(token)).ToList();
        if (unknown.Count > 0)
            throw new SettingsException(
                $"E2E:Web:SandboxTokens has {string.Join(", ", unknown.Select(t => $"'{t}'"))}, not a sandbox token. " +
                $"Allowed: {string.Join(", ", KnownSandboxTokens.Order(StringComparer.Ordinal))}.");
        if (string.IsNullOrWhiteSpace(EmbedSourceParameter) || string.IsNullOrWhiteSpace(EmbedSourceValue))
            throw new SettingsException("E2E:Web:EmbedSourceParameter and E2E:Web:EmbedSourceValue must not be empty: they are the OQ-3 marker the form request must carry.");
        if (ResizeMin < 0 || ResizeMax < ResizeMin || ResizeMax > 10000)
            throw new SettingsException($"E2E:Web:ResizeMin and ResizeMax are {ResizeMin} and {ResizeMax}; allowed 0 <= ResizeMin <= ResizeMax <= 10000 (px).");
        foreach (var (key, value) in new[] { ("CreatePermission", CreatePermission), ("TicketFlag", TicketFlag), ("ServerSideAssociationFlag", ServerSideAssociationFlag) })
            if (string.IsNullOrWhiteSpace(value))
                throw new SettingsException($"E2E:Web:{key} must not be empty: it names what the CDP build reads (see docs/fake-services.md).");
    }
}
