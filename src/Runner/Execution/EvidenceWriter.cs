using System.Text.RegularExpressions;
using Cdp.TicketE2E.Runner.Features;
using Cdp.TicketE2E.Runner.Messages;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Runner.Execution;

/// <summary>
/// Writes one scenario attempt's evidence files under <c>reports/evidence/&lt;feature&gt;--&lt;scenario&gt;-L&lt;line&gt;/attempt-N/</c>
/// and announces each as an attachment, with a url relative to the reports folder.
/// </summary>
internal sealed partial class EvidenceWriter(string reportsDirectory, ScenarioCase scenario, int attempt, IMessageSink sink, Func<(string TestCaseStartedId, string? TestStepId)> position)
{
    public string Directory { get; } = Path.Combine(reportsDirectory, "evidence", FolderName(scenario), $"attempt-{attempt}");

    public string WriteFile(string fileName, string mediaType, byte[] content)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, Slug(Path.GetFileNameWithoutExtension(fileName)) + Path.GetExtension(fileName));
        File.WriteAllBytes(path, content);
        Link(path, mediaType);
        return path;
    }

    public void Link(string path, string mediaType)
    {
        var (testCaseStartedId, testStepId) = position();
        var url = Path.GetRelativePath(reportsDirectory, path).Replace('\\', '/');
        sink.Publish(Envelope.Create(new Attachment(
            body: "", contentEncoding: AttachmentContentEncoding.IDENTITY, fileName: Path.GetFileName(path), mediaType: mediaType,
            source: null!, testCaseStartedId: testCaseStartedId, testStepId: testStepId!, url: url,
            testRunStartedId: null!, testRunHookStartedId: null!, timestamp: Clock.Now())));
    }

    private static string FolderName(ScenarioCase scenario) =>
        $"{Slug(Path.ChangeExtension(scenario.Uri, null))}--{Slug(scenario.Pickle.Name)}-L{scenario.Line}";

    private static string Slug(string text)
    {
        var slug = NotSafe().Replace(text.ToLowerInvariant(), "-").Trim('-');
        return slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSafe();
}
