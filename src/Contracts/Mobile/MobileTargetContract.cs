namespace Cdp.TicketE2E.Contracts.Mobile;

/// <summary>
/// contracts/mobile-target.json: what the mobile app must expose, one entry per element with its purpose and a
/// locator per platform column (<c>referenceWeb</c>, <c>android</c>, <c>ios</c>). Reading checks the file's shape
/// only; which elements and platforms the suite needs is the suite's to check.
/// </summary>
public sealed record MobileTargetContract(string Comment, StoredSession? Session, IReadOnlyList<MobileContractElement> Elements)
{
    /// <summary>The file's name under contracts/.</summary>
    public const string FileName = "mobile-target.json";

    /// <summary>Reads the contract from JSON text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="TargetContractException">The text is not JSON or not the contract's shape.</exception>
    public static MobileTargetContract Parse(string json, string source) => MobileTargetReader.Read(json, source);

    /// <summary>Reads the contract from a file.</summary>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="TargetContractException">The file is not JSON or not the contract's shape.</exception>
    public static MobileTargetContract Load(string path) =>
        File.Exists(path) ? Parse(File.ReadAllText(path), path) : throw new FileNotFoundException($"The mobile target contract {path} does not exist.", path);
}

/// <summary>Where an app keeps its signed-in session, so the harness can put a token there instead of typing a password.</summary>
public sealed record StoredSession(string Storage, string Key, string Purpose);

/// <summary>One element: its name (a MobileElement in camelCase), what it is for, and its locator per platform column, in file order.</summary>
public sealed record MobileContractElement(string Name, string Purpose, IReadOnlyDictionary<string, ContractLocator> Locators);
