namespace Cdp.TicketE2E.Steps.Drivers.Mobile.Appium;

/// <summary>No Appium server or session can be had; the message names the cause and the fix.</summary>
public sealed class AppiumUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
