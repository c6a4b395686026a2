using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Cdp.TicketE2E.Configuration;

/// <summary>One effective value of the configuration.</summary>
/// <param name="Key">Its configuration key, e.g. E2E:Run:Retries.</param>
/// <param name="Shown">Its value as it may be printed (secrets masked).</param>
/// <param name="Layer">The layer that decided it.</param>
/// <param name="Variable">For <see cref="SettingsLayer.Environment"/> and <see cref="SettingsLayer.Options"/>: the variable that set it (E2E__Run__Retries).</param>
public sealed record ConfigurationEntry(string Key, string Shown, SettingsLayer Layer, string? Variable);

/// <summary>What <c>./e2e config</c> prints: every value the suite will use, each with the layer that decided it.</summary>
public static class EffectiveConfiguration
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The validated settings as key/value entries in declaration order; an invalid configuration throws <see cref="SettingsException"/>.</summary>
    public static IReadOnlyList<ConfigurationEntry> Explain(SettingsSources sources)
    {
        var settings = SettingsLoader.Load(sources);
        var (root, layers) = sources.Build();
        var providers = root.Providers.ToList();
        var variables = sources.HarnessVariables();
        var entries = new List<ConfigurationEntry>();
        foreach (var (key, value) in Flatten(JsonSerializer.SerializeToNode(settings, Json), "E2E"))
        {
            // The last provider holding the key decided it, exactly as the configuration binder reads them.
            var index = providers.FindLastIndex(p => p.TryGet(key, out _));
            var layer = index < 0 ? SettingsLayer.BuiltIn : layers[index];
            var variable = layer switch
            {
                SettingsLayer.Environment => variables[key],
                SettingsLayer.Options => key.Replace(":", "__", StringComparison.Ordinal),
                _ => null,
            };
            entries.Add(new ConfigurationEntry(key, SecretValues.Shown(key, value), layer, variable));
        }
        return entries;
    }

    private static IEnumerable<(string Key, string Value)> Flatten(JsonNode? node, string prefix) => node switch
    {
        JsonObject { Count: > 0 } obj => obj.SelectMany(p => Flatten(p.Value, $"{prefix}:{p.Key}")),
        JsonArray { Count: > 0 } array => array.SelectMany((item, i) => Flatten(item, $"{prefix}:{i}")),
        JsonValue value => [(prefix, value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString())],
        _ => [(prefix, "")], // null, and an empty list or map: shown, so every setting is listed
    };
}
