namespace Cdp.TicketE2E.Steps.Channels;

/// <summary>What the system showed is not what the scenario expected; the message says both.</summary>
public sealed class ExpectationException(string message) : Exception(message)
{
    /// <summary>
    /// Runs a browser or device action and turns its bare timeout ("Timeout 5000ms exceeded.") into what the user could
    /// not do, with the timeout's own first line kept at the end for whoever reads the trace.
    /// </summary>
    public static async Task WhenTimedOutAsync(string whatFailed, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (TimeoutException e)
        {
            throw new ExpectationException($"{whatFailed} ({e.Message.Split('\n', 2)[0].Trim()})");
        }
    }
}
