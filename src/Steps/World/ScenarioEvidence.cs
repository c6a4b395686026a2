using System.Text;
using System.Text.RegularExpressions;
using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.FeatureFiles;
using Cdp.TicketE2E.Runner.Glue;
using Reqnroll;

namespace Cdp.TicketE2E.Steps.World;

/// <summary>
/// Where a scenario attempt leaves evidence: files under <c>reports/evidence/&lt;feature&gt;--&lt;scenario&gt;-L&lt;line&gt;/attempt-N/</c>,
/// each attached to the current step or hook in the message stream (linked by url, not copied). One per scenario.
/// </summary>
public sealed partial class ScenarioEvidence(ScenarioContext scenario, ScenarioAttempt attempt, IReqnrollOutputHelper output, HarnessSettings settings)
{
    /// <summary>This attempt's evidence folder (created when the first file is written).</summary>
    public string Directory { get; } = FolderOf(settings.Paths.Reports, attempt.Scenario, attempt.Attempt);

    /// <summary>True once a step or hook has failed (a SKIPPED precondition is not a failure): evidence is worth keeping.</summary>
    public bool Failed => scenario.ScenarioExecutionStatus is not (ScenarioExecutionStatus.OK or ScenarioExecutionStatus.Skipped);

    /// <summary>Stores a file as evidence and attaches it; returns its path.</summary>
    public string AttachFile(string fileName, byte[] content)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, Slug(Path.GetFileNameWithoutExtension(fileName)) + Path.GetExtension(fileName));
        File.WriteAllBytes(path, content);
        Link(path);
        return path;
    }

    /// <summary>Stores a text as evidence and attaches it.</summary>
    public string AttachText(string fileName, string text) => AttachFile(fileName, Encoding.UTF8.GetBytes(text));

    /// <summary>Attaches a file a tool already wrote into <see cref="Directory"/> (a trace).</summary>
    public void Link(string path) => output.AddAttachment(path);

    /// <summary>The evidence folder of one attempt at one scenario.</summary>
    public static string FolderOf(string reportsDirectory, ScenarioCase scenario, int attempt) => Path.Combine(reportsDirectory, "evidence",
        $"{Slug(Path.ChangeExtension(scenario.Uri, null))}--{Slug(scenario.Pickle.Name)}-L{scenario.Line}", $"attempt-{attempt}");

    private static string Slug(string text)
    {
        var slug = NotSafe().Replace(text.ToLowerInvariant(), "-").Trim('-');
        return slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSafe();
}
