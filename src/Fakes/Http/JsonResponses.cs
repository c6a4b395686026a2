using System.Text;
using System.Text.Json;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace Cdp.TicketE2E.Fakes.Http;

/// <summary>Builds the response messages the fake's WireMock callbacks return.</summary>
internal static class JsonResponses
{
    // camelCase, like the real CRM and CDP APIs ({ "id": ..., "title": ... }).
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public static IResponseMessage Json(int status, object body) =>
        Text(status, "application/json; charset=utf-8", JsonSerializer.Serialize(body, WebJson));

    public static IResponseMessage Error(int status, string message) =>
        Json(status, new { error = message });

    public static IResponseMessage Text(int status, string contentType, string body) => new ResponseMessage
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMockList<string>>
        {
            ["Content-Type"] = new(contentType),
            ["Cache-Control"] = new("no-store"),
        },
        BodyData = new BodyData
        {
            DetectedBodyType = BodyType.String,
            BodyAsString = body,
            Encoding = Encoding.UTF8,
        },
    };
}
