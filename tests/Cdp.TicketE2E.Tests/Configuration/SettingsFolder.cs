namespace Cdp.TicketE2E.Tests.Configuration;

/// <summary>
/// A folder standing in for the suite's output folder: its own appsettings.json and profile files. It lives under this
/// test assembly's folder, inside the checkout, because the loader resolves paths from the repository root above it.
/// </summary>
internal sealed class SettingsFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(AppContext.BaseDirectory, "settings-folders", Guid.NewGuid().ToString("N")[..12])).FullName;

    public SettingsFolder With(string file, string json)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, file), json);
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
