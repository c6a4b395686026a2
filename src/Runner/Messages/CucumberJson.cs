using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Runner.Messages;

/// <summary>
/// JSON for Cucumber Messages envelopes as the Cucumber tools write them: camelCase fields,
/// no nulls, enums as their wire text. Cucumber.Messages ships the types but no serializer.
/// </summary>
public static class CucumberJson
{
    /// <summary>Options shared by every reader and writer of the NDJSON stream.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>One envelope as one line of JSON.</summary>
    public static string Serialize(Envelope envelope) => JsonSerializer.Serialize(envelope, Options);

    /// <summary>One line of JSON back into an envelope.</summary>
    public static Envelope Deserialize(string line) =>
        JsonSerializer.Deserialize<Envelope>(line, Options)
        ?? throw new JsonException("An NDJSON line held null instead of an envelope.");

    /// <summary>Every envelope of an NDJSON file, in order.</summary>
    public static IEnumerable<Envelope> ReadFile(string path) =>
        File.ReadLines(path).Where(line => line.Length > 0).Select(Deserialize);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = false,
            // Cucumber's tools write '+', quotes and non-ASCII text unescaped; the stream is a file, never HTML.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new DescriptionEnumConverterFactory());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Writes an enum as its [Description] text (e.g. "text/x.cucumber.gherkin+plain"), falling back to its name.</summary>
    private sealed class DescriptionEnumConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(DescriptionEnumConverter<>).MakeGenericType(typeToConvert))!;
    }

    private sealed class DescriptionEnumConverter<T> : JsonConverter<T> where T : struct, Enum
    {
        private static readonly ConcurrentDictionary<T, string> TextByValue = new(
            Enum.GetValues<T>().ToDictionary(v => v, WireText));
        private static readonly Dictionary<string, T> ValueByText =
            TextByValue.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString() ?? "";
            return ValueByText.TryGetValue(text, out var value)
                ? value
                : throw new JsonException($"'{text}' is not a {typeof(T).Name}; expected one of {string.Join(", ", ValueByText.Keys)}.");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(TextByValue[value]);

        private static string WireText(T value) =>
            typeof(T).GetField(value.ToString())?.GetCustomAttribute<DescriptionAttribute>()?.Description ?? value.ToString();
    }
}
