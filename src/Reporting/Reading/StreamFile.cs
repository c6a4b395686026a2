using System.Text.Json;
using Reqnroll.Formatters.PayloadProcessing;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Reporting.Reading;

/// <summary>Reads an NDJSON results file, naming the file and line of anything unreadable.</summary>
public static class StreamFile
{
    /// <summary>Every envelope of the file, in order; throws <see cref="BadInputException"/> with the cause and the fix.</summary>
    public static IReadOnlyList<Envelope> Read(string path)
    {
        if (!File.Exists(path))
            throw new BadInputException($"No results stream at {path}. Run `./e2e run` first (it writes reports/cucumber.ndjson), or point the report at the right folder.");
        var envelopes = new List<Envelope>();
        var lineNumber = 0;
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                lineNumber++;
                if (line.Length > 0) envelopes.Add(NdjsonSerializer.Deserialize(line));
            }
        }
        catch (System.Exception e) when (e is JsonException or ArgumentException)
        {
            // Cucumber.Messages constructors throw ArgumentNullException for a missing required field.
            throw new BadInputException($"{path} line {lineNumber} is not a Cucumber message ({e.Message}). The file is damaged or not a results stream; rerun `./e2e run`.", e);
        }
        catch (IOException e)
        {
            throw new BadInputException($"{path} cannot be read: {e.Message}. Check the path and its permissions.", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new BadInputException($"{path} cannot be read: {e.Message}. Check the path and its permissions.", e);
        }
        if (envelopes.Count == 0)
            throw new BadInputException($"{path} is empty. The run wrote nothing; rerun `./e2e run`.");
        return envelopes;
    }

    /// <summary>Writes envelopes as NDJSON, creating the folder; replaces the file in one move so readers never see half of it.</summary>
    public static void Write(string path, IEnumerable<Envelope> envelopes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary))
        {
            foreach (var envelope in envelopes) writer.WriteLine(NdjsonSerializer.Serialize(envelope));
        }
        File.Move(temporary, path, overwrite: true);
    }
}
