using System.Collections.ObjectModel;
using Cdp.TicketE2E.Steps.Drivers.Mobile.Locators;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace Cdp.TicketE2E.Steps.Drivers.Mobile;

/// <summary>
/// What screen objects do with a session: find an element by its logical name through the platform's locator map,
/// tap, type, read, and wait on conditions. Waits poll the condition (WebDriverWait, 50 ms) up to the expect timeout;
/// nothing here sleeps for a fixed time.
/// </summary>
public sealed class MobileUi(IWebDriver driver, LocatorMap locators, TimeSpan timeout)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    /// <summary>The expect timeout every wait uses.</summary>
    public TimeSpan Timeout => timeout;

    /// <summary>Taps the element once it is shown.</summary>
    public void Tap(MobileElement element) => WaitShown(element).Click();

    /// <summary>Replaces the field's text.</summary>
    public void Type(MobileElement element, string text)
    {
        var field = WaitShown(element);
        field.Clear();
        field.SendKeys(text);
    }

    /// <summary>Waits until the element is shown and returns it.</summary>
    public IWebElement WaitShown(MobileElement element) =>
        Until(() => Visible(element).FirstOrDefault(), $"{element} to be shown");

    /// <summary>Waits until no such element is shown.</summary>
    public void WaitGone(MobileElement element) => Until(() => Visible(element).Count == 0, $"{element} to go away");

    /// <summary>Waits until the condition holds; false when it does not within the timeout.</summary>
    public bool TryWait(Func<bool> condition)
    {
        try
        {
            Until(condition, "condition");
            return true;
        }
        catch (WebDriverTimeoutException)
        {
            return false;
        }
    }

    /// <summary>True when the element is shown now (no waiting).</summary>
    public bool IsShown(MobileElement element) => Visible(element).Count > 0;

    /// <summary>The texts of the shown elements of this kind, trimmed, in screen order.</summary>
    public IReadOnlyList<string> Texts(MobileElement element) => Visible(element).Select(e => e.Text.Trim()).ToList();

    /// <summary>Taps the shown element of this kind whose text is <paramref name="text"/>, waiting for it.</summary>
    public void TapText(MobileElement element, string text) =>
        Until(() => Visible(element).FirstOrDefault(e => e.Text.Trim() == text), $"{element} \"{text}\" to be shown").Click();

    /// <summary>Goes back, as the system back button / gesture does.</summary>
    public void Back() => driver.Navigate().Back();

    private ReadOnlyCollection<IWebElement> Visible(MobileElement element) =>
        new(driver.FindElements(locators[element]).Where(e => e.Displayed).ToList());

    // WebDriverWait returns once the probe gives a non-null object or true.
    private T Until<T>(Func<T?> probe, string what)
    {
        var wait = new WebDriverWait(new SystemClock(), driver, timeout, Poll) { Message = $"Waited {timeout.TotalSeconds:0.#} s for {what}." };
        // A re-render replaces elements between finding and reading them; that is "not yet", not a failure.
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException), typeof(NoSuchElementException));
        return wait.Until(_ => probe())!;
    }
}
