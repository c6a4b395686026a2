using Cdp.TicketE2E.Tests.EndToEnd;

namespace Cdp.TicketE2E.Tests.Contracts;

/// <summary>A temporary contracts folder holding an edited copy of a real contract file.</summary>
internal sealed class ContractFolder : IDisposable
{
    private ContractFolder(string path) => Path = path;

    public string Path { get; }

    /// <summary>The checkout's own copy of a contract file.</summary>
    public static string Real(string fileName) => System.IO.Path.Combine(CommandLine.Root, "contracts", fileName);

    public static ContractFolder WithEmbedContract(Func<string, string> edit) => With("embed-messages.json", edit);

    public static ContractFolder WithWebContract(Func<string, string> edit) => With("web-target.json", edit);

    private static ContractFolder With(string fileName, Func<string, string> edit)
    {
        var folder = new ContractFolder(Directory.CreateTempSubdirectory("contracts-").FullName);
        File.WriteAllText(System.IO.Path.Combine(folder.Path, fileName), edit(File.ReadAllText(Real(fileName))));
        return folder;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
