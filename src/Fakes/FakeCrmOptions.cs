namespace Cdp.TicketE2E.Fakes;

/// <summary>How a <see cref="FakeCrm"/> instance behaves from the start.</summary>
/// <param name="AllowedHostOrigins">
/// Origins the embed accepts <c>EMBED_INIT</c> from (for example <c>http://127.0.0.1:5000</c>).
/// <c>null</c> accepts any host origin, which is what the real CRM embed does until CDP is on its allow-list.
/// </param>
public sealed record FakeCrmOptions(IReadOnlyList<string>? AllowedHostOrigins = null);
