using System.Text.Json;
using Cdp.TicketE2E.Reporting.Model;
using Cucumber.Messages;

namespace Cdp.TicketE2E.Reporting.Reading;

/// <summary>Reads the run's identity from meta, testRunStarted/Finished and the runner's run attachment.</summary>
internal static class RunInfoReader
{
    public static RunInfo Read(StreamIndex index)
    {
        var (descriptor, error) = ReadDescriptor(index);
        var firstStart = index.RunsStarted.Select(r => r.Timestamp).FirstOrDefault(t => t is not null);
        return new RunInfo(
            index.RunsStarted.Select(r => r.Id).Distinct(StringComparer.Ordinal).ToList(),
            firstStart is null ? null : new DateTimeOffset(Converters.ToDateTime(firstStart), TimeSpan.Zero),
            index.RunsFinished.Select(f => new RunEnd(
                f.TestRunStartedId, f.Success,
                f.Timestamp is null ? null : new DateTimeOffset(Converters.ToDateTime(f.Timestamp), TimeSpan.Zero))).ToList(),
            descriptor,
            error,
            index.Meta?.Ci?.Git?.Revision,
            index.Meta?.Ci?.Git?.Branch,
            index.Meta?.Ci?.Name);
    }

    private static (RunDescriptor? Descriptor, string? Error) ReadDescriptor(StreamIndex index)
    {
        var attachment = index.RunAttachments.FirstOrDefault(a => a.MediaType == RunDescriptor.MediaType);
        if (attachment is null) return (null, null);
        try
        {
            return (RunDescriptor.Parse(attachment.Body ?? ""), null);
        }
        catch (JsonException e)
        {
            return (null, $"the run attachment ({RunDescriptor.MediaType}) is not valid: {e.Message}");
        }
    }
}
