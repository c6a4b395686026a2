namespace Cdp.TicketE2E.Fakes;

/// <summary>The signed-in user of a tenant: what <c>GET /v1/me</c> (web) and <c>GET /v2.8/me</c> (mobile) answer for its token.</summary>
/// <param name="Name">A display name.</param>
/// <param name="Permissions">Permission keys the user holds, e.g. <c>ticket.create</c> (OQ-4) or <c>permission.update</c>.</param>
/// <param name="Flags">Feature flags by name, as the app reads them.</param>
public sealed record FakeUser(string Name, IReadOnlyList<string> Permissions, IReadOnlyDictionary<string, bool> Flags);
