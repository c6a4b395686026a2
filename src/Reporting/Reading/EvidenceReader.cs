using Cdp.TicketE2E.Reporting.Model;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Reporting.Reading;

/// <summary>The attachments of one attempt as evidence links; text bodies are kept short, binary bodies only named.</summary>
internal static class EvidenceReader
{
    /// <summary>Enough of a journal or log to read in the report; the full file is linked when the runner wrote one.</summary>
    public const int MaxInlineChars = 4000;

    public static IReadOnlyList<EvidenceLink> Read(StreamIndex index, string testCaseStartedId)
    {
        var attached = (index.Attachments.GetValueOrDefault(testCaseStartedId) ?? []).Select(FromAttachment);
        var external = (index.ExternalAttachments.GetValueOrDefault(testCaseStartedId) ?? [])
            .Select(a => new EvidenceLink(NameOf(a.Url, a.MediaType), a.MediaType, a.Url, null, a.TestStepId));
        return attached.Concat(external).ToList();
    }

    private static EvidenceLink FromAttachment(Attachment a)
    {
        var name = a.FileName ?? NameOf(a.Url, a.MediaType);
        var isText = a.ContentEncoding == AttachmentContentEncoding.IDENTITY && !string.IsNullOrEmpty(a.Body) && a.Url is null;
        var text = isText && a.Body.Length > MaxInlineChars ? a.Body[..MaxInlineChars] + "\n… (cut)" : isText ? a.Body : null;
        return new EvidenceLink(name, a.MediaType, a.Url, text, a.TestStepId);
    }

    private static string NameOf(string? url, string mediaType) =>
        url is null ? mediaType : url.Split('/', '\\').LastOrDefault(part => part.Length > 0) ?? url;
}
