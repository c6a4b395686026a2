namespace Cdp.TicketE2E.Steps.Channels;

/// <summary>What the system showed is not what the scenario expected; the message says both.</summary>
public sealed class ExpectationException(string message) : Exception(message);
