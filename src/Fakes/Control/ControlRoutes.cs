using System.Text.Json;
using System.Text.Json.Nodes;
using Cdp.TicketE2E.Fakes.Http;
using Cdp.TicketE2E.Fakes.Store;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Cdp.TicketE2E.Fakes.Control;

/// <summary>
/// <c>/__fake/*</c>: how the harness arranges a tenant (user, customers, switches, faults, tickets) and reads its truth and
/// journals, over HTTP, so the same calls work against in-process fakes and standing ones (docs/fake-services.md).
/// </summary>
internal static class ControlRoutes
{
    private const string Tenant = "^/__fake/tenants/[^/]+";

    public static void Register(WireMockServer server, FakeStore store, Func<object> health)
    {
        Add(server, "GET", "^/__fake/health$", _ => JsonResponses.Json(200, health()));
        Add(server, "PUT", Tenant + "/users/[^/]+$", request => PutUser(store, request));
        Add(server, "PUT", Tenant + "/customers/[^/]+$", request => PutCustomer(store, request));
        Add(server, "PATCH", Tenant + "/behaviour$", request => PatchBehaviour(store, request));
        Add(server, "POST", Tenant + "/tickets$", request => SeedTicket(store, request));
        Add(server, "GET", Tenant + "$", request => JsonResponses.Json(200, store.Snapshot(TenantOf(request))));
        Add(server, "DELETE", Tenant + "$", request =>
        {
            store.Forget(TenantOf(request));
            return JsonResponses.Json(200, new { });
        });
    }

    private static void Add(WireMockServer server, string method, string pathPattern, Func<IRequestMessage, IResponseMessage> answer) =>
        server.Given(Request.Create().WithPath(new RegexMatcher(pathPattern)).UsingMethod(method))
            .WithTitle($"control: {method} {pathPattern}")
            .RespondWith(Response.Create().WithCallback(request =>
            {
                try
                {
                    return answer(request);
                }
                catch (Exception e) when (e is InvalidOperationException or FormatException or JsonException)
                {
                    // A field of the wrong JSON type: the caller's mistake, said as such rather than a 500.
                    return JsonResponses.Error(400, $"{method} {request.AbsolutePath}: {e.Message}");
                }
            }));

    private static string TenantOf(IRequestMessage request) => Exchange.Segment(request, 2);

    private static IResponseMessage PutUser(FakeStore store, IRequestMessage request)
    {
        var body = Exchange.JsonBody(request);
        var flags = body?["flags"] as JsonObject;
        if (body is null || Exchange.Texts(body, "permissions") is not { } permissions || flags is null
            || flags.Any(f => f.Value?.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False)))
            return JsonResponses.Error(400, "A user is { \"name\": text, \"permissions\": [text], \"flags\": { name: true or false } }.");
        var user = new FakeUser(Exchange.Text(body, "name") ?? "", permissions, flags.ToDictionary(f => f.Key, f => f.Value!.GetValue<bool>()));
        return store.PutUser(TenantOf(request), Exchange.Segment(request, 4), user)
            ? JsonResponses.Json(200, user)
            : JsonResponses.Error(409, $"The token {Exchange.Segment(request, 4)} already belongs to another tenant.");
    }

    private static IResponseMessage PutCustomer(FakeStore store, IRequestMessage request)
    {
        var name = Exchange.Text(Exchange.JsonBody(request), "name");
        if (string.IsNullOrWhiteSpace(name)) return JsonResponses.Error(400, "A customer is { \"name\": text }.");
        var customerId = Exchange.Segment(request, 4);
        return store.PutCustomer(TenantOf(request), customerId, name)
            ? JsonResponses.Json(200, new { id = customerId, name })
            : JsonResponses.Error(409, $"The customer id {customerId} already belongs to another tenant; customer ids are unique across tenants.");
    }

    private static IResponseMessage PatchBehaviour(FakeStore store, IRequestMessage request)
    {
        if (Exchange.JsonBody(request) is not { } body) return JsonResponses.Error(400, "The behaviour is a JSON object of the switches to change.");
        var unknown = body.Select(f => f.Key).Except(["crmAssociatesServerSide", "ticketCreationFailure", "associationFailure", "associationUpdateFailure",
            "ticketCreationFailureTimes", "associationUpdateFailureTimes", "embedSignInFails"]).ToList();
        if (unknown.Count > 0) return JsonResponses.Error(400, $"Unknown behaviour {string.Join(", ", unknown)}; see docs/fake-services.md.");
        var patch = new BehaviourPatch(
            body["crmAssociatesServerSide"]?.GetValue<bool>(), Failure(body, "ticketCreationFailure"),
            Failure(body, "associationFailure"), Failure(body, "associationUpdateFailure"),
            body["ticketCreationFailureTimes"]?.GetValue<int>(), body["associationUpdateFailureTimes"]?.GetValue<int>(),
            body["embedSignInFails"]?.GetValue<bool>());
        if (patch.Problem() is { } problem) return JsonResponses.Error(400, problem);
        store.PatchBehaviour(TenantOf(request), patch);
        return JsonResponses.Json(200, new { });
    }

    // Absent: leave as is; null: no failure; a number: that status.
    private static int? Failure(JsonObject body, string name) =>
        !body.ContainsKey(name) ? null : body[name] is null ? BehaviourPatch.Clear : body[name]!.GetValue<int>();

    private static IResponseMessage SeedTicket(FakeStore store, IRequestMessage request)
    {
        var body = Exchange.JsonBody(request);
        var title = Exchange.Text(body, "title");
        if (string.IsNullOrWhiteSpace(title)) return JsonResponses.Error(400, "A ticket is { \"title\": text, \"customerIds\": [text] }.");
        var ticket = store.SeedTicket(TenantOf(request), title, Exchange.Texts(body, "customerIds") ?? []);
        return JsonResponses.Json(201, ticket);
    }
}
