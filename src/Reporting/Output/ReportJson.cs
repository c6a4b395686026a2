using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Cdp.TicketE2E.Reporting.Output;

/// <summary>JSON settings of the harness's own files (coverage.json, history records): camelCase, indented, no nulls.</summary>
public static class ReportJson
{
    /// <summary>Shared options. The encoder keeps non-ASCII text readable but still escapes &lt; &gt; &amp; ' ".</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>For reading files written earlier (history): a missing or null required field is an error, not a silent default.</summary>
    public static JsonSerializerOptions StrictReadOptions { get; } = new(Options)
    {
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    /// <summary>camelCase text of an enum value, e.g. <c>countsAsFailing</c>.</summary>
    public static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
