namespace Cdp.TicketE2E.Reporting.Merge;

/// <summary>Turns the paths given to <c>--merge</c> into stream files: a file is taken as is, a folder yields every <c>*.ndjson</c> below it.</summary>
public static class MergeInputs
{
    /// <summary>
    /// The stream files, in the order given (folders sorted by path), without duplicates and without
    /// <paramref name="outputPath"/>, so that merging into a folder that is also an input never reads its own output.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs, string outputPath)
    {
        var output = Path.GetFullPath(outputPath);
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (File.Exists(input)) files.Add(Path.GetFullPath(input));
            else if (Directory.Exists(input))
                files.AddRange(Directory.EnumerateFiles(input, "*.ndjson", SearchOption.AllDirectories).Select(Path.GetFullPath).Order(StringComparer.Ordinal));
            else throw new BadInputException($"Merge input {input} does not exist. Pass the folders or .ndjson files the shards wrote.");
        }
        var result = files.Where(f => f != output).Distinct(StringComparer.Ordinal).ToList();
        if (result.Count == 0)
            throw new BadInputException($"No .ndjson stream found in {string.Join(", ", inputs)}. Pass the folders or files the shards wrote (each has a cucumber.ndjson).");
        return result;
    }
}
