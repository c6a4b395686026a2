namespace Cdp.TicketE2E.Reporting.Model;

/// <summary>One attachment of an attempt: a screenshot, trace, request journal or message capture.</summary>
/// <param name="Name">File name, or the media type when the attachment has none.</param>
/// <param name="MediaType">The attachment's media type.</param>
/// <param name="Url">Where the file is, relative to the reports folder (or absolute http/https); null for inline bodies.</param>
/// <param name="InlineText">A text body carried in the stream, cut to a readable length; null for files and binary bodies.</param>
/// <param name="TestStepId">The step it was attached during, if any.</param>
public sealed record EvidenceLink(string Name, string MediaType, string? Url, string? InlineText, string? TestStepId);
