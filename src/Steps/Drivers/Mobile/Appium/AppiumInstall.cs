namespace Cdp.TicketE2E.Steps.Drivers.Mobile.Appium;

/// <summary>
/// The project-local Appium: <c>node_modules/.bin/appium</c> from package.json + package-lock.json, with the repository
/// root as APPIUM_HOME so Appium loads the Chromium driver the lock file pins (an <c>appium driver install</c> into
/// another home would fetch whatever version is newest). Scratch files and logs go to <c>.appium/</c> (git-ignored).
/// </summary>
public sealed record AppiumInstall(string Executable, string Home, string ScratchDirectory)
{
    private const string Fix = "Run scripts/ensure-appium.sh (it runs npm ci from package-lock.json; needs Node.js 20.19+ and npm).";

    /// <summary>The configured launcher, or the project-local one; fails with the fix when it is not there.</summary>
    /// <exception cref="AppiumUnavailableException">No Appium launcher, or no node to run it.</exception>
    public static AppiumInstall Locate(string configuredExecutable, string repositoryRoot)
    {
        var executable = configuredExecutable.Length > 0
            ? Path.GetFullPath(configuredExecutable, repositoryRoot)
            : Path.Combine(repositoryRoot, "node_modules", ".bin", "appium");
        if (!File.Exists(executable))
            throw new AppiumUnavailableException($"Appium is not installed: no {executable}. {Fix}");
        if (configuredExecutable.Length == 0 && FindOnPath("node") is null)
            throw new AppiumUnavailableException($"Appium is installed but Node.js is not on PATH, so it cannot run. Install Node.js 20.19+ (apt-get install nodejs). {Fix}");
        return new AppiumInstall(executable, repositoryRoot, Path.Combine(repositoryRoot, ".appium"));
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
