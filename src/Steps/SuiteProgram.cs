using Cdp.TicketE2E.Steps.Suite.Warm;
using Microsoft.Testing.Platform.Builder;

namespace Cdp.TicketE2E.Steps;

/// <summary>
/// The suite assembly's entry point. Started as ./e2e run, dotnet test or an IDE start it, it runs the selected tests once
/// on Microsoft.Testing.Platform (what the generated entry point did). Started with <c>--warm-host SOCKET</c> (./e2e serve),
/// it serves runs one after another in this process, keeping the fakes, apps, browsers and Appium between them.
/// </summary>
public static class SuiteProgram
{
    public static Task<int> Main(string[] args) => args switch
    {
        ["--warm-host", var socket, "--idle-minutes", var minutes] when int.TryParse(minutes, out var idle) && idle > 0 =>
            WarmHost.ServeAsync(socket, TimeSpan.FromMinutes(idle), typeof(SuiteProgram).Assembly.Location),
        ["--warm-host", ..] => Refuse("--warm-host needs SOCKET --idle-minutes N (N > 0); ./e2e serve starts it that way."),
        _ => RunOnceAsync(args),
    };

    /// <summary>One run of the tests the arguments select, as the platform's generated entry point would run it.</summary>
    public static async Task<int> RunOnceAsync(string[] args)
    {
        var builder = await TestApplication.CreateBuilderAsync(args);
        builder.AddSelfRegisteredExtensions(args);
        using var app = await builder.BuildAsync();
        return await app.RunAsync();
    }

    private static Task<int> Refuse(string message)
    {
        Console.Error.WriteLine(message);
        return Task.FromResult(2);
    }
}
