using Cdp.TicketE2E.Fakes.Store;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Cdp.TicketE2E.Fakes.Http;

/// <summary>A route of an app-facing API: answered for the tenant whose user's bearer token it carries, 401 otherwise, and journaled.</summary>
internal static class SignedInRoute
{
    public static void Add(WireMockServer server, FakeStore store, string method, string pathPattern, string title,
        Func<string, FakeUser, IRequestMessage, IResponseMessage> answer) =>
        server.Given(Request.Create().WithPath(new RegexMatcher(pathPattern)).UsingMethod(method))
            .WithTitle(title)
            .RespondWith(Response.Create().WithCallback(request =>
                store.SignedIn(Exchange.BearerToken(request)) is var (tenant, user)
                    ? Exchange.Recorded(store, tenant, request, answer(tenant, user, request))
                    : JsonResponses.Error(401, $"{request.Method} {request.AbsolutePath}: sign in first, with Authorization: Bearer <token> of a user the fake services know.")));
}
