namespace Cdp.TicketE2E.Reporting;

/// <summary>
/// The inputs cannot be read (missing or damaged stream, unreadable catalog, runs that must not be merged).
/// The message names the cause and the fix; commands turn it into exit code 2.
/// </summary>
/// <param name="message">Cause and fix, in one or two sentences.</param>
/// <param name="inner">The underlying error, if any.</param>
public sealed class BadInputException(string message, Exception? inner = null) : Exception(message, inner);
