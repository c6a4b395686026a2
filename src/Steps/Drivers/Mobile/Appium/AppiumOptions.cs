using OpenQA.Selenium;

namespace Cdp.TicketE2E.Steps.Drivers.Mobile.Appium;

/// <summary>
/// Capabilities for a new Appium session: W3C ones through <see cref="DriverOptions"/>, vendor ones
/// (<c>appium:*</c>, <c>goog:chromeOptions</c>) as additional options, sent as given in <c>alwaysMatch</c>.
/// </summary>
public sealed class AppiumOptions : DriverOptions
{
    /// <summary>Adds or replaces a vendor capability (a prefixed name such as <c>appium:automationName</c>).</summary>
    public AppiumOptions With(string name, object value)
    {
        AddAdditionalOption(name, value);
        return this;
    }

    /// <inheritdoc />
    public override ICapabilities ToCapabilities() => GenerateDesiredCapabilities(true).AsReadOnly();
}
