using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Runner.Messages;

/// <summary>Writes envelopes to an NDJSON file, one per line, flushed per line so a crashed run still leaves its stream.</summary>
public sealed class NdjsonFileSink : IMessageSink, IDisposable
{
    private readonly StreamWriter writer;
    private readonly Lock gate = new();

    /// <summary>Creates (or truncates) the file, and its folder if needed.</summary>
    public NdjsonFileSink(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        writer = new StreamWriter(path, append: false) { AutoFlush = true };
    }

    /// <inheritdoc />
    public void Publish(Envelope envelope)
    {
        var line = CucumberJson.Serialize(envelope);
        lock (gate) writer.WriteLine(line);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (gate) writer.Dispose();
    }
}
