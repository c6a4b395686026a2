using System.Collections.Frozen;
using Cdp.TicketE2E.Steps.Configuration;
using OpenQA.Selenium;

namespace Cdp.TicketE2E.Steps.Drivers.Mobile.Locators;

/// <summary>One platform's way of finding every <see cref="MobileElement"/>; a missing entry fails when the map is built.</summary>
public sealed class LocatorMap
{
    private readonly FrozenDictionary<MobileElement, By> locators;

    /// <summary>Builds the map, requiring an entry for every element so a new element cannot be forgotten on one platform.</summary>
    public LocatorMap(MobilePlatform platform, IReadOnlyDictionary<MobileElement, By> entries)
    {
        var missing = Enum.GetValues<MobileElement>().Where(e => !entries.ContainsKey(e)).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"The {platform} locator map has no entry for {string.Join(", ", missing)}.");
        Platform = platform;
        locators = entries.ToFrozenDictionary();
    }

    /// <summary>The platform this map is for.</summary>
    public MobilePlatform Platform { get; }

    /// <summary>How to find the element on this platform.</summary>
    public By this[MobileElement element] => locators[element];

    /// <summary>The map of a platform.</summary>
    public static LocatorMap For(MobilePlatform platform) => platform switch
    {
        MobilePlatform.ReferenceWeb => ReferenceWebLocators.Map,
        MobilePlatform.Android => AndroidLocators.Map,
        MobilePlatform.Ios => IosLocators.Map,
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, "Unknown mobile platform."),
    };
}
